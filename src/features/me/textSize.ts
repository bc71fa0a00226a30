// Older eyes: text follows the system font size and the 大字模式 switch (我的). Every font-size in the build is
// `calc(<size> * var(--nx-text-scale, 1))` (config/postcssTextScale.js); this file decides the scale and sets it.
import Taro from '@tarojs/taro'

/** 大字模式 makes text this much larger, on top of the system setting. */
export const LARGER_TEXT_FACTOR = 1.25
/** Beyond this a line of Chinese no longer fits a phone: the scale stops here. */
export const MAX_TEXT_SCALE = 2
export const MIN_TEXT_SCALE = 0.85
const STORAGE_KEY = 'nx-larger-text'
const CHANGED = 'nx-text-scale-changed'

/**
 * The text scale: the system's font scale (WeChat's fontSizeScaleFactor, the browser's default font size / 16 px)
 * times LARGER_TEXT_FACTOR in 大字模式, within [MIN_TEXT_SCALE, MAX_TEXT_SCALE], two decimals. A missing or
 * nonsensical system factor counts as 1.
 */
export function textScale(systemFactor: number | null | undefined, largerText: boolean): number {
  const system = typeof systemFactor === 'number' && Number.isFinite(systemFactor) && systemFactor > 0 ? systemFactor : 1
  const scale = system * (largerText ? LARGER_TEXT_FACTOR : 1)
  return Math.round(Math.min(MAX_TEXT_SCALE, Math.max(MIN_TEXT_SCALE, scale)) * 100) / 100
}

/**
 * weapp: wx.getAppBaseInfo().fontSizeScaleFactor (WeChat's 适老化 guide, developers.weixin.qq.com/miniprogram/design/elderly.html);
 * h5: the browser's default font size (what a user sets in the browser or system) over 16 px.
 */
export function systemFontScale(): number | null {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const probe = document.createElement('div')
      probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium'
      document.body.appendChild(probe)
      const px = parseFloat(getComputedStyle(probe).fontSize)
      probe.remove()
      return px > 0 ? px / 16 : null
    }
    const info = (Taro.getAppBaseInfo?.() ?? Taro.getSystemInfoSync()) as { fontSizeScaleFactor?: number }
    return info.fontSizeScaleFactor ?? null
  } catch {
    return null
  }
}

export const isLargerText = (): boolean => Taro.getStorageSync(STORAGE_KEY) === '1'

let current = 1
/** The scale in force (after applyTextScale). */
export const currentTextScale = () => current

/** Sets the scale: h5 on the document root (every page); weapp through each page's TextScaleMeta. */
export function applyTextScale(scale = textScale(systemFontScale(), isLargerText())): number {
  current = scale
  if (process.env.TARO_ENV === 'h5') document.documentElement.style.setProperty('--nx-text-scale', String(scale))
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
