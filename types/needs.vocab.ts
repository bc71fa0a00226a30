// Need (诉求) words the app shows, and the three whistles' time limits (no zod here).
export const NEED_CATEGORIES = ['hiring', 'policy', 'noise', 'signboard', 'fire', 'financing', 'venue', 'station', 'other'] as const
export type NeedCategory = (typeof NEED_CATEGORIES)[number]
export const NEED_CATEGORY_LABELS: Record<NeedCategory, string> = {
  hiring: '招聘用工',
  policy: '政策咨询',
  noise: '噪音扰民',
  signboard: '店招店牌',
  fire: '消防安全',
  financing: '融资服务',
  venue: '场地需求',
  station: '驿站问题',
  other: '其他',
}

/** The three whistles (三把哨子): 1 the grid, 2 the branch secretary, 3 the street office. */
export const NEED_LEVELS = [1, 2, 3] as const
export type NeedLevel = (typeof NEED_LEVELS)[number]
export const NEED_LEVEL_LABELS: Record<NeedLevel, string> = { 1: '快发快处', 2: '联勤联动', 3: '统筹指挥' }
export const NEED_LEVEL_OWNERS: Record<NeedLevel, string> = { 1: '网格', 2: '街区党支部', 3: '街道' }

/**
 * How long a need may stay at a level before the timer escalates it (hours; null: no limit — the street office
 * is the last level). Change here to reconfigure.
 */
export const LEVEL_TIME_LIMIT_HOURS: Record<NeedLevel, number | null> = { 1: 24, 2: 72, 3: null }

export const NEED_STATUSES = ['submitted', 'accepted', 'resolved'] as const
export type NeedStatus = (typeof NEED_STATUSES)[number]
export const NEED_STATUS_LABELS: Record<NeedStatus, string> = { submitted: '待受理', accepted: '处理中', resolved: '已办结' }
/** Still being worked on (the timer looks only at these). */
export const OPEN_NEED_STATUSES = ['submitted', 'accepted'] as const satisfies readonly NeedStatus[]

export const NEED_STEPS = ['submit', 'accept', 'reply', 'assign', 'escalate', 'resolve', 'rate'] as const
export type NeedStep = (typeof NEED_STEPS)[number]
export const NEED_STEP_LABELS: Record<NeedStep, string> = {
  submit: '提交诉求',
  accept: '已受理',
  reply: '答复',
  assign: '转交',
  escalate: '升级',
  resolve: '办结',
  rate: '评价',
}

export const MAX_NEED_PHOTOS = 6
