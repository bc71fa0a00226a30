// `wx.cloud` for the simulator: every callFunction goes over HTTP to the REAL local cloud's `/fn/<name>`, as the
// person `openid` (header x-wx-openid), and answers as the mini-program SDK does: `{ result, errMsg, requestID }`.
// Uses node's http: jest's jsdom realm has no fetch, and http needs nothing from the DOM.
import http from 'node:http'

export interface CloudCall {
  name: string
  data: { action?: string; data?: unknown } & Record<string, unknown>
}

interface CallOptions extends CloudCall {
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
}

export interface CloudBridge {
  cloud: { init: () => void; callFunction: (options: CallOptions) => Promise<unknown> | undefined; DYNAMIC_CURRENT_ENV: symbol }
  /** Every call made, in order. */
  calls: CloudCall[]
  /** Calls sent and not yet answered. */
  inFlight: () => number
  /** Date.now() of the latest call sent or answered (0: none yet). */
  lastActivityAt: () => number
  /** The next `n` calls (of `api` action `action`, if given) fail in transport, as offline, without reaching the cloud. */
  failNext: (n: number, action?: string) => void
}

function post(url: string, body: string, openid: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-wx-openid': openid } },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

// A call still on its way when a file's tests end is answered by a cloud that is stopping, and the app's log of that
// failure comes after jest has closed the console, which fails the run (jest-runner's freezeConsole sets exitCode 1).
// So the file's last hook waits until every bridge's calls are answered, and one turn more for the app's handlers.
const unanswered = new Set<Promise<unknown>>()
afterAll(async () => {
  const deadline = Date.now() + 10_000
  while (unanswered.size > 0 && Date.now() < deadline) await Promise.allSettled([...unanswered])
  await new Promise((resolve) => setTimeout(resolve, 0))
})

/** A wx.cloud speaking to the local cloud at `baseUrl` as `openid`. */
export function createCloudBridge(baseUrl: string, openid: string): CloudBridge {
  const calls: CloudCall[] = []
  let pending = 0
  let failures = 0
  let failAction: string | undefined
  let lastActivity = 0

  const invoke = async ({ name, data }: CloudCall): Promise<unknown> => {
    calls.push({ name, data })
    lastActivity = Date.now()
    if (failures > 0 && (failAction === undefined || data?.action === failAction)) {
      failures--
      throw { errCode: -1, errMsg: 'cloud.callFunction:fail request:fail (simulated: no network)' }
    }
    pending++
    try {
      const { status, text } = await post(`${baseUrl}/fn/${encodeURIComponent(name)}`, JSON.stringify(data ?? {}), openid)
      const body = JSON.parse(text)
      // The local cloud answers a function failure as 500 { errCode, errMsg }; the SDK rejects with those.
      if (status !== 200) throw { errCode: body.errCode, errMsg: `cloud.callFunction:fail ${body.errCode} | errMsg: ${body.errMsg}` }
      return { result: body, errMsg: 'cloud.callFunction:ok', requestID: `local-${calls.length}` }
    } finally {
      pending--
      lastActivity = Date.now()
    }
  }

  const callFunction = (options: CallOptions) => {
    const promise = invoke(options)
    unanswered.add(promise)
    const answered = () => unanswered.delete(promise)
    promise.then(answered, answered)
    if (!options.success && !options.fail && !options.complete) return promise
    promise.then(
      (res) => {
        options.success?.(res)
        options.complete?.(res)
      },
      (err) => {
        options.fail?.(err)
        options.complete?.(err)
      },
    )
    return undefined
  }

  return {
    cloud: { init: () => undefined, callFunction, DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV') },
    calls,
    inFlight: () => pending,
    lastActivityAt: () => lastActivity,
    failNext: (n, action) => {
      failures = n
      failAction = action
    },
  }
}
