// weapp (Taro's default file; the h5 build takes fontScaleHost.h5.ts): WeChat's font size and page-meta.
import Taro from '@tarojs/taro'

/**
 * wx.getAppBaseInfo().fontSizeScaleFactor (WeChat's 适老化 guide, developers.weixin.qq.com/miniprogram/design/elderly.html),
 * or null when WeChat does not say.
 */
export function readSystemFontScale(): number | null {
  const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { fontSizeScaleFactor?: number }
  return info.fontSizeScaleFactor ?? null
}

/** Nothing here: each page's TextScaleMeta (page-meta) carries the scale in the mini-program. */
export function showTextScale(_scale: number): void {}
