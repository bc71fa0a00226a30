import type { ActionName } from '@/types/actions'

/**
 * How long the app waits for an answer, in ms, before it offers 重试. About 10 s: the `api` function's own limit is
 * 10 s (cloudfunctions/api/config.json), so a longer wait only keeps a rider staring at a spinner. The station and
 * position imports read a whole spreadsheet and may take up to the `api` limit plus transfer: they get 60 s.
 * wx.cloud.callFunction has no client-side timeout option (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/
 * reference-sdk-api/functions/Cloud.callFunction.html lists name, data, config, success/fail/complete only).
 */
export const REQUEST_TIMEOUT_MS = 10_000
const SLOW_ACTIONS_TIMEOUT_MS = 60_000

export const timeoutFor = (action: ActionName): number => (action.startsWith('imports.') ? SLOW_ACTIONS_TIMEOUT_MS : REQUEST_TIMEOUT_MS)
