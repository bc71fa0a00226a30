// The text scale, pure (no Taro): see textSize.ts for where it comes from and where it goes.

/** 大字模式 makes text this much larger, on top of the system setting. */
export const LARGER_TEXT_FACTOR = 1.25
/** Beyond this a line of Chinese no longer fits a phone: the scale stops here. */
export const MAX_TEXT_SCALE = 2
export const MIN_TEXT_SCALE = 0.85

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
