import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput } from '../../../types/actions'
import type { ApiRequest, ApiResult } from '../../../types/api'
import { ApiCallError } from './ApiCallError'
import { getLocalOpenid } from './localIdentity'

export { ApiCallError } from './ApiCallError'

/**
 * The one seam between the app and the `api` cloud function.
 * weapp: `Taro.cloud.callFunction`; h5: `POST /fn/api` on the local cloud, speaking as the local debug identity.
 */
export async function callApi<A extends ActionName>(action: A, data: ActionInput<A>): Promise<ActionOutput<A>> {
  const request: ApiRequest<A, ActionInput<A>> = { action, data }
  const result = process.env.TARO_ENV === 'h5' ? await postToLocalCloud(request) : await callCloudFunction(request)
  return unwrap<ActionOutput<A>>(result)
}

async function callCloudFunction(request: ApiRequest): Promise<unknown> {
  try {
    const reply = await Taro.cloud.callFunction({ name: 'api', data: request as unknown as Record<string, unknown> })
    return reply.result
  } catch (err) {
    console.warn('[callApi] callFunction failed', request.action, err)
    throw new ApiCallError('NETWORK')
  }
}

async function postToLocalCloud(request: ApiRequest): Promise<unknown> {
  let response: Response
  try {
    response = await fetch('/fn/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': getLocalOpenid() },
      body: JSON.stringify(request),
    })
  } catch (err) {
    console.warn('[callApi] fetch failed', request.action, err)
    throw new ApiCallError('NETWORK')
  }
  const body: unknown = await response.json().catch(() => null)
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
