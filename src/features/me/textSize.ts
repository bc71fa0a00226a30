// Older eyes: text follows the system font size and the 大字模式 switch (我的). Every font-size in the build is
// `calc(<size> * var(--nx-text-scale, 1))` (config/postcssTextScale.js); this file decides the scale and sets it.
import Taro from '@tarojs/taro'
import { readSystemFontScale, showTextScale } from './fontScaleHost'
import { textScale } from './textScale'

export { LARGER_TEXT_FACTOR, MAX_TEXT_SCALE, MIN_TEXT_SCALE, textScale } from './textScale'

/**
 * weapp: wx.getAppBaseInfo().fontSizeScaleFactor (WeChat's 适老化 guide, developers.weixin.qq.com/miniprogram/design/elderly.html);
 * h5: the browser's default font size (what a user sets in the browser or system) over 16 px (fontScaleHost.ts / .h5.ts).
 */
export function systemFontScale(): number | null {
  try {
    return readSystemFontScale()
  } catch {
    return null
  }
}

const STORAGE_KEY = 'nx-larger-text'
const CHANGED = 'nx-text-scale-changed'

export const isLargerText = (): boolean => Taro.getStorageSync(STORAGE_KEY) === '1'

let current = 1
/** The scale in force (after applyTextScale). */
export const currentTextScale = () => current

/** Sets the scale: h5 on the document root (every page); weapp through each page's TextScaleMeta. */
export function applyTextScale(scale = textScale(systemFontScale(), isLargerText())): number {
  current = scale
  showTextScale(scale)
  Taro.eventCenter.trigger(CHANGED, scale)
  return scale
}

/** 大字模式 on or off: remembered on the phone, applied at once. */
export function setLargerText(on: boolean): number {
  Taro.setStorageSync(STORAGE_KEY, on ? '1' : '0')
  return applyTextScale()
}

export function onTextScaleChange(listener: (scale: number) => void): () => void {
  Taro.eventCenter.on(CHANGED, listener)
  return () => Taro.eventCenter.off(CHANGED, listener)
}
