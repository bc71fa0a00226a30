import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput } from '@/types/actions'
import type { ApiRequest, ApiResult } from '@/types/api'
import { ApiCallError } from './ApiCallError'
import { getLocalOpenid } from './localIdentity'
import { timeoutFor } from './timeouts'

export { ApiCallError } from './ApiCallError'

/**
 * The one seam between the app and the `api` cloud function.
 * weapp: `Taro.cloud.callFunction`; h5: `POST /fn/api` on the local cloud, speaking as the local debug identity.
 * Throws ApiCallError: the server's code, NETWORK when it could not be reached, TIMEOUT after about 10 s (timeouts.ts).
 */
export async function callApi<A extends ActionName>(action: A, data: ActionInput<A>): Promise<ActionOutput<A>> {
  const request: ApiRequest<A, ActionInput<A>> = { action, data }
  const wait = timeoutFor(action)
  const result = process.env.TARO_ENV === 'h5' ? await postToLocalCloud(request, wait) : await callCloudFunction(request, wait)
  return unwrap<ActionOutput<A>>(result)
}

async function callCloudFunction(request: ApiRequest, wait: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined
  // callFunction cannot be cancelled: stop waiting for it (a create's request id makes the retry write once).
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiCallError('TIMEOUT')), wait)
  })
  try {
    const reply = await Promise.race([Taro.cloud.callFunction({ name: 'api', data: request as unknown as Record<string, unknown> }), timedOut])
    return reply.result
  } catch (err) {
    if (err instanceof ApiCallError) throw err
    console.warn('[callApi] callFunction failed', request.action, err)
    throw new ApiCallError('NETWORK')
  } finally {
    clearTimeout(timer)
  }
}

async function postToLocalCloud(request: ApiRequest, wait: number): Promise<unknown> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), wait)
  let response: Response
  let body: unknown
  try {
    response = await fetch('/fn/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': getLocalOpenid() },
      body: JSON.stringify(request),
      signal: abort.signal,
    })
    body = await response.json().catch(() => null)
  } catch (err) {
    console.warn('[callApi] fetch failed', request.action, err)
    throw new ApiCallError(abort.signal.aborted ? 'TIMEOUT' : 'NETWORK')
  } finally {
    clearTimeout(timer)
  }
  if (!response.ok) {
    // The local cloud's own failures look like `{ errCode, errMsg }`.
    console.warn('[callApi] HTTP', response.status, body)
    throw new ApiCallError(response.status >= 500 ? 'INTERNAL' : 'NETWORK')
  }
  return body
}

function unwrap<T>(result: unknown): T {
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new ApiCallError('INTERNAL')
  }
  const answer = result as ApiResult<T>
  if (answer.ok) return answer.data
  throw new ApiCallError(answer.error?.code ?? 'INTERNAL', answer.error?.message)
}
