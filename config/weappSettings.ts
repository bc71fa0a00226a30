// What differs per mini-program and per cloud: read at build time from the environment, or from `.env.local`
// (git-ignored; Taro loads `.env`, `.env.local` and `.env.<mode>[.local]` into process.env before this file runs,
// @tarojs/helper dotenv.ts). Unset values fall back to clearly-labelled local placeholders, with which the build
// runs against the local cloud and in WeChat DevTools' tourist mode, and says 提醒暂未开通 instead of subscribing.

/** WeChat DevTools' own tourist-mode AppID: no cloud, no upload. Taro writes `TARO_APP_ID` into dist/project.config.json. */
export const PLACEHOLDER_APPID = 'touristappid'

/** The env var that holds each subscribe template id (MP console → 订阅消息 → 我的模板). */
export const TEMPLATE_ENV = {
  eventReminder: 'TARO_APP_TEMPLATE_EVENT_REMINDER',
  eventSeatConfirmed: 'TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED',
  eventChanged: 'TARO_APP_TEMPLATE_EVENT_CHANGED',
  needProgress: 'TARO_APP_TEMPLATE_NEED_PROGRESS',
} as const

export interface WeappSettings {
  /** The AppID dist/project.config.json gets (`TARO_APP_ID`); 'touristappid' when unset. */
  appid: string
  /** CloudBase environment id (`TARO_APP_CLOUD_ENV`); '' = the environment the mini-program is bound to. */
  cloudEnv: string
  /** Template ids by env var name; '' when unset (the app then uses the LOCAL_* placeholders). */
  templates: Record<(typeof TEMPLATE_ENV)[keyof typeof TEMPLATE_ENV], string>
}

export function readWeappSettings(env: Record<string, string | undefined> = process.env): WeappSettings {
  const templates = Object.fromEntries(Object.values(TEMPLATE_ENV).map((name) => [name, env[name]?.trim() ?? ''])) as WeappSettings['templates']
  return { appid: env.TARO_APP_ID?.trim() || PLACEHOLDER_APPID, cloudEnv: env.TARO_APP_CLOUD_ENV?.trim() ?? '', templates }
}

/** The build-time constants the app code reads as `process.env.<NAME>` (webpack DefinePlugin via Taro's defineConstants). */
export function weappConstants(settings: WeappSettings): Record<string, string> {
  const constants: Record<string, string> = { 'process.env.TARO_APP_CLOUD_ENV': JSON.stringify(settings.cloudEnv) }
  for (const [name, value] of Object.entries(settings.templates)) constants[`process.env.${name}`] = JSON.stringify(value)
  return constants
}
