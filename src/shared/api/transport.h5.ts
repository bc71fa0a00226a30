// h5 (the local debug build; the mini-program takes transport.ts): `POST /fn/api` on the local cloud.
import type { ApiRequest } from '@/types/api'
import { ApiCallError } from './ApiCallError'
import { getLocalOpenid } from './localIdentity'

/**
 * Sends one request to the local cloud's `api` function as the local debug identity and answers its raw result.
 * `wait` is in ms. Throws ApiCallError TIMEOUT after `wait`, NETWORK when unreachable, INTERNAL on a 5xx.
 */
export async function sendToApi(request: ApiRequest, wait: number): Promise<unknown> {
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
