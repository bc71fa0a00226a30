import type { ActionInput, ActionName, ActionOutput } from '@/types/actions'
import type { ApiRequest, ApiResult } from '@/types/api'
import { ApiCallError } from './ApiCallError'
import { timeoutFor } from './timeouts'
import { sendToApi } from './transport'

export { ApiCallError } from './ApiCallError'

/**
 * The one seam between the app and the `api` cloud function.
 * weapp: `Taro.cloud.callFunction` (transport.ts); h5: `POST /fn/api` on the local cloud, speaking as the local debug
 * identity (transport.h5.ts, Taro's per-platform file).
 * Throws ApiCallError: the server's code, NETWORK when it could not be reached, TIMEOUT after about 10 s (timeouts.ts).
 */
export async function callApi<A extends ActionName>(action: A, data: ActionInput<A>): Promise<ActionOutput<A>> {
  const request: ApiRequest<A, ActionInput<A>> = { action, data }
  const wait = timeoutFor(action)
  const result = await sendToApi(request, wait)
  return unwrap<ActionOutput<A>>(result)
}

function unwrap<T>(result: unknown): T {
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new ApiCallError('INTERNAL')
  }
  const answer = result as ApiResult<T>
  if (answer.ok) return answer.data
  throw new ApiCallError(answer.error?.code ?? 'INTERNAL', answer.error?.message)
}
