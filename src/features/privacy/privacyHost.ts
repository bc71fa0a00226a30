// weapp (Taro's default file; the h5 build takes privacyHost.h5.ts): WeChat raises onNeedPrivacyAuthorization.
import Taro from '@tarojs/taro'

/** The answer WeChat waits for (wx.onNeedPrivacyAuthorization's `resolve`). */
export type PrivacyResolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void

/**
 * Hands each of WeChat's privacy requests to `handle` (https://developers.weixin.qq.com/miniprogram/dev/api/privacy/
 * wx.onNeedPrivacyAuthorization.html). Older base libraries (and the simulator) lack the API: then WeChat asks
 * nothing and nothing waits on us.
 */
export function watchPrivacyRequests(handle: (resolve: PrivacyResolve) => void): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => handle(resolve as unknown as PrivacyResolve))
}
