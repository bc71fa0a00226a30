// One-time subscribe message templates (订阅消息). The ids are per mini-program: replace the values with the
// template ids from your WeChat MP console (订阅消息 → 我的模板) before deploying; the local cloud accepts any id.
export const SUBSCRIBE_TEMPLATES = {
  /** 活动开始提醒: 活动名称 thing1, 开始时间 time2, 地点 thing3 */
  eventReminder: 'LOCAL_EVENT_REMINDER',
  /** 候补成功通知 (a waitlisted person got a seat): 活动名称 thing1, 开始时间 time2, 地点 thing3 */
  eventSeatConfirmed: 'LOCAL_EVENT_SEAT_CONFIRMED',
  /** 诉求处理进度: 诉求内容 thing1, 处理状态 phrase2, 更新时间 time3 */
  needProgress: 'LOCAL_NEED_PROGRESS',
} as const

export type SubscribeTemplateKey = keyof typeof SUBSCRIBE_TEMPLATES
