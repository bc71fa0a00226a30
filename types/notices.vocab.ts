// Notice words the app shows (no zod here).
export const NOTICE_KINDS = ['notice', 'emergency'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { notice: '公告', emergency: '应急' }

/** How long an emergency lasts when staff do not say (a typhoon warning usually spans a day or two). */
export const DEFAULT_EMERGENCY_HOURS = 48
export const MAX_NOTICE_DAYS = 90
