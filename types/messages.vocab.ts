// One-time subscribe message templates (订阅消息). The ids are per mini-program (MP console → 订阅消息 → 我的模板)
// and come from configuration, never from the repo: the weapp build bakes in `TARO_APP_TEMPLATE_*` (from the
// environment or `.env.local`, config/weappSettings.ts); the cloud functions read the same names from their
// environment. Unset, each falls back to a LOCAL_* placeholder that only the local cloud accepts; on weapp the app
// then says 提醒暂未开通 instead of asking WeChat for a template that does not exist.
export const SUBSCRIBE_TEMPLATES = {
  /** 活动开始提醒: 活动名称 thing1, 开始时间 time2, 地点 thing3 */
  eventReminder: process.env.TARO_APP_TEMPLATE_EVENT_REMINDER || 'LOCAL_EVENT_REMINDER',
  /** 候补成功通知 (a waitlisted person got a seat): 活动名称 thing1, 开始时间 time2, 地点 thing3 */
  eventSeatConfirmed: process.env.TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED || 'LOCAL_EVENT_SEAT_CONFIRMED',
  /** 活动取消/变更 (staff cancelled or moved an event people signed up for): 活动名称 thing1, 开始时间 time2, 变更内容 thing3 */
  eventChanged: process.env.TARO_APP_TEMPLATE_EVENT_CHANGED || 'LOCAL_EVENT_CHANGED',
  /** 诉求处理进度: 诉求内容 thing1, 处理状态 phrase2, 更新时间 time3 */
  needProgress: process.env.TARO_APP_TEMPLATE_NEED_PROGRESS || 'LOCAL_NEED_PROGRESS',
} as const

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATES

/** The prefix of the local placeholders: no real template id starts with it. */
export const PLACEHOLDER_TEMPLATE_PREFIX = 'LOCAL_'

/** True when a template id is a local placeholder, i.e. reminders are not configured for this build. */
export const isPlaceholderTemplate = (id: string): boolean => id.startsWith(PLACEHOLDER_TEMPLATE_PREFIX)
