// weapp (Taro's default file; the h5 build takes transport.h5.ts): the `api` cloud function through wx.cloud.
import Taro from '@tarojs/taro'
import type { ApiRequest } from '@/types/api'
import { ApiCallError } from './ApiCallError'

/**
 * Sends one request to the `api` cloud function and answers its raw result (`{ ok, data | error }`, unchecked).
 * `wait` is in ms. Throws ApiCallError TIMEOUT after `wait`, NETWORK when WeChat could not call the function.
 */
export async function sendToApi(request: ApiRequest, wait: number): Promise<unknown> {
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
