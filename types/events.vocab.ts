// Event words the app shows (no zod here, so the mini-program bundle stays small).
export const EVENT_KINDS = ['sports', 'market', 'walkingLesson', 'nightSchool', 'startup', 'stage'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  sports: '街区运动会',
  market: '便民超市',
  walkingLesson: '特色行走党课',
  nightSchool: '新域夜校',
  startup: '创业工坊',
  stage: '幸福加油站',
}

/** Who may sign up: everyone, or only people holding one role. */
export const EVENT_AUDIENCES = ['all', 'resident', 'merchant', 'courier'] as const
export type EventAudience = (typeof EVENT_AUDIENCES)[number]
export const EVENT_AUDIENCE_LABELS: Record<EventAudience, string> = {
  all: '所有人',
  resident: '仅居民',
  merchant: '仅商户',
  courier: '仅骑手',
}

/** public: listed in the 活动 tab; qr: reachable only through the event's invitation QR code. */
export const EVENT_VISIBILITIES = ['public', 'qr'] as const
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number]

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = { draft: '草稿', published: '已发布', cancelled: '已取消' }

export const SIGNUP_STATUSES = ['seated', 'waitlisted', 'cancelled'] as const
export type SignupStatus = (typeof SIGNUP_STATUSES)[number]
export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = { seated: '已报名', waitlisted: '候补中', cancelled: '已取消' }

/**
 * Form field types: name and phone are personal (masked in the roster); text is anything else (e.g. shop name), personal
 * when staff mark it so; choice and multiChoice are custom questions answered from their options (issue 18).
 */
export const FORM_FIELD_TYPES = ['name', 'phone', 'text', 'choice', 'multiChoice'] as const
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number]
export const FORM_FIELD_TYPE_LABELS: Record<FormFieldType, string> = { name: '姓名', phone: '手机号', text: '文字', choice: '单选', multiChoice: '多选' }
/** Types answered by picking from the question's options. */
export const CHOICE_FIELD_TYPES: readonly FormFieldType[] = ['choice', 'multiChoice']
/** A question has 2 to this many options, each at most FORM_OPTION_MAX_CHARS characters. */
export const FORM_OPTIONS_MAX = 10
export const FORM_OPTION_MAX_CHARS = 20
/** How a multiple-choice answer is stored and shown: the picked options in the question's order, joined by this. */
export const MULTI_CHOICE_SEPARATOR = '、'

/** Check-in opens this long before the start; attendees may self check in until the end. */
export const CHECKIN_OPENS_BEFORE_MIN = 60
/** Staff may still check someone in (manual override) this long after the end. */
export const STAFF_CHECKIN_GRACE_MIN = 24 * 60
/** The reminder goes out when the start is at most this far away. */
export const REMIND_BEFORE_MIN = 60

export const CHECKIN_CODE_PREFIX = { attendee: 'NXA1', event: 'NXE1' } as const

/** The three walking routes of 特色行走党课; each event copies its route's waypoints. */
export const WALKING_ROUTES = ['renwen', 'governance', 'glory'] as const
export type WalkingRoute = (typeof WALKING_ROUTES)[number]
export const WALKING_ROUTE_LABELS: Record<WalkingRoute, string> = {
  renwen: '人文新华',
  governance: '社区治理',
  glory: '光辉足迹',
}

export const EVENTS_LIST_LIMIT = 50
