import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { RawReply } from '../cloudbase-api'
import { FunctionError, functionNotFound } from '../functions/errors'
import { isValidFunctionName } from '../functions/functionConfig'
import { isUsableOpenid } from '../functions/functionHost'
import { badRequest, HttpError, methodNotAllowed, notFound } from './httpErrors'
import { readJsonBody, readRawBody, sendBytes, sendJson } from './transport'
import { serveStatic } from './staticFiles'
import { boundaryOf, parseMultipart } from './multipart'
import { serviceRoute, type LocalServices } from './serviceRoutes'
import { checkAccess, hasSecret, type AccessPolicy } from './access'

/** What the HTTP layer needs from the rest of the local cloud. */
export interface LocalCloudRoutes {
  envId: string
  functions: {
    has(name: string): boolean
    invoke(name: string, data: unknown, caller: { openid: string; clientIp?: string; fromClient: true }): Promise<unknown>
    states(): Record<string, string[]>
    osThreadIds(): Record<string, number[]>
  }
  /** The CloudBase server API that wx-server-sdk inside the functions talks to; a RawReply is sent as bytes. */
  admin: { handle(body: unknown, meta: { caller?: string; instance?: string }): Promise<unknown> }
  /** Outbox, consents, content check, storage files, timers (the `/_local/*` service endpoints). */
  services?: LocalServices
  clock: { set(now: Date | null): void; get(): Date | null }
  staticDir?: string
  maxBodyBytes?: number
  /** The bound address and the per-start secret (access.ts). */
  access: AccessPolicy
  /** Functions with timer triggers run on their schedule only, never for a caller over /fn. */
  isTimerFunction?: (name: string) => boolean
}

export function createRequestHandler(routes: LocalCloudRoutes): RequestListener {
  return (req, res) => {
    route(routes, req, res).catch((err) => answerError(res, err))
  }
}

async function route(routes: LocalCloudRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://local')
  const pathname = url.pathname
  const method = req.method ?? 'GET'
  checkAccess(routes.access, req, url)
  if (pathname.startsWith('/fn/')) return callFunctionRoute(routes, req, res, pathname.slice('/fn/'.length))
  if (pathname === '/admin') return adminRoute(routes, req, res)
  if (pathname === '/_local/clock') return clockRoute(routes, req, res)
  if (pathname === '/_local/health') {
    if (method !== 'GET') throw methodNotAllowed(method, pathname)
    return sendJson(res, 200, {
      ok: true,
      envId: routes.envId,
      now: routes.clock.get(),
      functions: routes.functions.states(),
      threads: routes.functions.osThreadIds(),
    })
  }
  const trusted = hasSecret(routes.access, req, url)
  if (pathname.startsWith('/_local/') && routes.services && (await serviceRoute(routes.services, req, res, trusted))) return
  if (pathname.startsWith('/_local/')) throw notFound(`no local endpoint ${pathname}`)
  if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed(method, pathname)
  serveStatic(req, res, routes.staticDir)
}

async function callFunctionRoute(routes: LocalCloudRoutes, req: IncomingMessage, res: ServerResponse, name: string) {
  if (req.method !== 'POST') throw methodNotAllowed(req.method ?? '', `/fn/${name}`)
  if (!isValidFunctionName(name) || !routes.functions.has(name)) return sendJson(res, 404, functionNotFound(name))
  if (routes.isTimerFunction?.(name)) {
    throw new HttpError(403, 'FORBIDDEN', `${name} is a timer function: it runs on its schedule (or POST /_local/timers/${name}/<trigger>), not for callers`)
  }
  const body = await readJsonBody(req, routes.maxBodyBytes)
  const data = body === undefined ? {} : body
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw badRequest('the request body must be a JSON object: the data callFunction would pass')
  }
  const openidHeader = req.headers['x-wx-openid']
  const openid = (Array.isArray(openidHeader) ? openidHeader[0] : openidHeader) ?? ''
  if (!isUsableOpenid(openid)) {
    throw badRequest('x-wx-openid must not be all digits: wx-server-sdk getWXContext() parses such a value into a number, and real openids never are')
  }
  const result = await routes.functions.invoke(name, data, {
    openid,
    clientIp: req.socket.remoteAddress,
    fromClient: true,
  })
  sendJson(res, 200, result)
}

async function adminRoute(routes: LocalCloudRoutes, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST') throw methodNotAllowed(req.method ?? '', '/admin')
  // The wx.* actions (open API, pay) arrive as multipart forms; everything else as JSON.
  const boundary = boundaryOf(req.headers['content-type'])
  const body = boundary ? parseMultipart(await readRawBody(req, routes.maxBodyBytes), boundary) : await readJsonBody(req, routes.maxBodyBytes)
  try {
    // The host gives each function's instances `/admin?caller=<name>&` as the SDK's URL (functionHost.ts).
    // … and `instance=<key>`, so the bench can count database actions per call (functions/callLog.ts).
    const params = new URL(req.url ?? '/', 'http://local').searchParams
    const reply = await routes.admin.handle(body, { caller: params.get('caller') ?? undefined, instance: params.get('instance') ?? undefined })
    if (reply instanceof RawReply) sendBytes(res, 200, reply.contentType, reply.body)
    else sendJson(res, 200, reply)
  } catch (err) {
    // The SDK drops the body of any non-200 answer; a 200 with { code, message } is what reaches the function.
    console.error('[local-cloud] /admin failed:', err)
    sendJson(res, 200, { code: 'SYS_ERR', message: `local cloud: ${(err as Error)?.message ?? err}` })
  }
}

async function clockRoute(routes: LocalCloudRoutes, req: IncomingMessage, res: ServerResponse) {
  if (req.method === 'GET') return sendJson(res, 200, { now: routes.clock.get() })
  if (req.method !== 'POST') throw methodNotAllowed(req.method ?? '', '/_local/clock')
  const body = (await readJsonBody(req, routes.maxBodyBytes)) as { now?: unknown } | undefined
  const now = body?.now
  if (now === null) routes.clock.set(null)
  else if (typeof now === 'string' && !Number.isNaN(Date.parse(now))) routes.clock.set(new Date(now))
  else throw badRequest('expected { "now": "<ISO date>" } or { "now": null }')
  sendJson(res, 200, { now: routes.clock.get() })
}

function answerError(res: ServerResponse, err: unknown): void {
  if (res.headersSent) return void res.destroy()
  if (err instanceof HttpError) return sendJson(res, err.status, { errCode: err.errCode, errMsg: err.message })
  if (err instanceof FunctionError) return sendJson(res, 500, err.toJSON())
  console.error('[local-cloud] request failed:', err)
  sendJson(res, 500, { errCode: 'INTERNAL', errMsg: 'local cloud internal error (see its log)' })
}
