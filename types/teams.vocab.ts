// Volunteer team words the app shows (no zod here).

/** Check-in opens this long before an activity starts; hours never count beyond this margin either side. */
export const CHECK_IN_MARGIN_MIN = 60

export const HOURS_SOURCE_LABELS = { self: '本人签到签退', staff: '工作人员登记' } as const
export type HoursSource = keyof typeof HOURS_SOURCE_LABELS
