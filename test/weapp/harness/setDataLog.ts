// Measures every setData as WeChat limits it: the JSON of the data object, in bytes (256 KB a call; 1 MB hard cap).
// Source: https://developers.weixin.qq.com/miniprogram/dev/framework/performance/tips/runtime_setData.html
import { Buffer } from 'node:buffer'

export interface SetDataLog {
  /** UTF-8 bytes of JSON.stringify(data), one entry per call, in order. */
  sizes: number[]
  /** Date.now() of the latest call (0: none yet). */
  lastAt: number
}

/** Wraps `component.setData` so each call is measured into `log` before it runs. */
export function instrumentSetData(component: Record<string, unknown>, log: SetDataLog): void {
  const original = component.setData as (data: unknown, callback?: () => void) => void
  if (typeof original !== 'function') return
  component.setData = function measuredSetData(this: unknown, data: unknown, callback?: () => void) {
    log.sizes.push(Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8'))
    log.lastAt = Date.now()
    return original.call(this, data, callback)
  }
}
