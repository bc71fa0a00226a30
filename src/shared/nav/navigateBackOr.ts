import Taro from '@tarojs/taro'

/**
 * Closes a page after its work is done: back to the page that opened it, or — when it is the first page in the stack
 * (opened from a shared card, a notice, a bookmarked h5 link) — on to `fallbackUrl`, a non-tab page, instead.
 * WeChat refuses the back then ("navigateBack:fail cannot navigate back at first page", wx.navigateBack), and Taro's
 * h5 router calls history.go(0), reloading the same empty form (@tarojs/router dist/api.js, navigateBack).
 */
export function navigateBackOr(fallbackUrl: string): Promise<TaroGeneral.CallbackResult> {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack()
  return Taro.redirectTo({ url: fallbackUrl })
}
