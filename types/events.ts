import { z } from 'zod'
import { blockIdField } from './org'
import { text, instant as isoInstant, requestId } from './fields'
import {
  EVENT_AUDIENCES,
  EVENT_KINDS,
  CHOICE_FIELD_TYPES,
  EVENT_VISIBILITIES,
  FORM_FIELD_TYPES,
  FORM_OPTION_MAX_CHARS,
  FORM_OPTIONS_MAX,
  MULTI_CHOICE_SEPARATOR,
  WALKING_ROUTES,
  type EventAudience,
  type EventKind,
  type EventStatus,
  type EventVisibility,
  type FormFieldType,
  type SignupStatus,
  type WalkingRoute,
} from './events.vocab'

const id = z.string().min(1, '缺少编号').max(160)
const instant = isoInstant()

const formOption = text({ max: FORM_OPTION_MAX_CHARS, min: 1, required: '选项不能为空', tooLong: `每个选项最多 ${FORM_OPTION_MAX_CHARS} 个字` }).refine(
  (s) => !s.includes(MULTI_CHOICE_SEPARATOR),
  { message: `选项里不能有“${MULTI_CHOICE_SEPARATOR}”` },
)

export const formFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,19}$/, '字段名应为英文字母开头，最多 20 个字符'),
    label: text({ max: 20, min: 1, required: '请填写字段名称' }),
    type: z.enum(FORM_FIELD_TYPES),
    required: z.boolean(),
    /** Single or multiple choice only: what can be picked (2–10, no two alike). */
    options: z.array(formOption).min(2, '至少两个选项').max(FORM_OPTIONS_MAX, `最多 ${FORM_OPTIONS_MAX} 个选项`).optional(),
    /** A text answer that is personal data: masked in the roster and its CSV, whole only on the logged detail. */
    personal: z.boolean().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const isChoice = CHOICE_FIELD_TYPES.includes(f.type)
    if (isChoice && !f.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `「${f.label}」需要选项` })
    if (!isChoice && f.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `「${f.label}」不是选择题，不能有选项` })
    if (f.options && new Set(f.options).size !== f.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: `「${f.label}」有重复的选项` })
    if (f.personal && f.type !== 'text')
      ctx.addIssue({ code: 'custom', path: ['personal'], message: '只有文字题可以标为个人信息（姓名、手机号本就按个人信息处理）' })
  })
export type FormField = z.infer<typeof formFieldSchema>

export const placeSchema = z
  .object({
    name: text({ max: 40, min: 1, required: '请填写地点' }),
    address: text({ max: 120, min: 1, required: '请填写地址' }),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  })
  .strict()

export const sessionSchema = z.object({ title: text({ max: 40, min: 1, required: '请填写课程名称' }), startAt: instant, endAt: instant }).strict()

/** Everything staff write about an event. Cross-field rules (end after start, deadlines) are checked server-side. */
export const eventFieldsSchema = z
  .object({
    kind: z.enum(EVENT_KINDS),
    title: text({ max: 40, min: 1, required: '请填写活动名称', tooLong: '活动名称最多 40 个字' }),
    description: text({ max: 1000, tooLong: '介绍最多 1000 个字', multiline: true }),
    organiser: text({ max: 40, min: 1, required: '请填写组织方' }),
    place: placeSchema,
    startAt: instant,
    endAt: instant,
    signupDeadline: instant,
    /** Until when a sign-up may be cancelled (default: the start). */
    cancelDeadline: instant.optional(),
    capacity: z.number().int('名额应为整数').min(1, '名额至少 1 个').max(10000, '名额最多 10000 个'),
    waitlistEnabled: z.boolean(),
    audience: z.enum(EVENT_AUDIENCES),
    visibility: z.enum(EVENT_VISIBILITIES),
    formFields: z.array(formFieldSchema).max(8, '报名表最多 8 项'),
    /** 特色行走党课 only: which of the three routes. */
    route: z.enum(WALKING_ROUTES).optional(),
    /** 新域夜校 only: the course's sessions (one sign-up covers them all). */
    sessions: z.array(sessionSchema).max(20).optional(),
  })
  .strict()
export type EventFields = z.infer<typeof eventFieldsSchema>

export const createEventInput = eventFieldsSchema
  .extend({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    publish: z.boolean().optional(),
    /** The event's block (issue 16): default the organiser's only block, else the block at the event's place. */
    blockId: blockIdField().optional(),
    /** Open to the whole street, not only the block's residents. */
    openToStreet: z.boolean().optional(),
  })
  .strict()
export const updateEventInput = eventFieldsSchema
  .partial()
  .extend({
    id,
    /** Open to the whole street, not only the block's residents (issue 16); absent: unchanged. */
    openToStreet: z.boolean().optional(),
  })
  .strict()
export const setEventStatusInput = z.object({ id, status: z.enum(['published', 'cancelled']) }).strict()

export const listEventsInput = z.object({ kind: z.enum(EVENT_KINDS).optional() }).strict()
export const manageEventsInput = z.object({ includePast: z.boolean().optional() }).strict()
export const getEventInput = z.object({ id, invite: z.string().max(64).optional() }).strict()
export const signupInput = z
  .object({
    eventId: id,
    /** Each field's answer: text, or for a multiple-choice question the options picked. */
    form: z
      .record(z.string(), z.union([text({ max: 100, tooLong: '每项最多 100 个字' }), z.array(text({ max: FORM_OPTION_MAX_CHARS })).max(FORM_OPTIONS_MAX)]))
      .optional(),
    /** The person accepted the one-time reminder message (asked from the tap). */
    remind: z.boolean().optional(),
    /** The invitation code of a QR-only event. */
    invite: z.string().max(64).optional(),
  })
  .strict()
export const eventIdInput = z.object({ eventId: id }).strict()

/** How many companions (家人/同行人) one person may sign up to one event, besides themself. */
export const COMPANIONS_MAX = 3

/** 为家人报名: one companion, with their name and the event's form answered for them. */
export const signupCompanionInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    eventId: id,
    name: text({ max: 20, min: 1, required: '请填写家人姓名', tooLong: '姓名最多 20 个字' }),
    form: signupInput.shape.form,
    remind: z.boolean().optional(),
    invite: z.string().max(64).optional(),
  })
  .strict()

/** Cancels the caller's own sign-up, or (with `signupId`) one companion they signed up. */
export const cancelSignupInput = z.object({ eventId: id, signupId: id.optional() }).strict()
export const mineInput = z.object({}).strict()
export const checkinInput = z
  .object({
    eventId: id,
    /** A scanned code: the attendee's personal code (staff scan it) or the event's code (the attendee scans it). */
    code: z.string().min(1).max(300).optional(),
    /** Staff manual override: check this sign-up in without a code. */
    signupId: id.optional(),
  })
  .strict()
export const signupIdInput = z.object({ signupId: id }).strict()
export const statsInput = z.object({ from: instant, to: instant }).strict()

export interface Waypoint {
  name: string
  lat: number
  lng: number
  story: string
}

export interface EventSummary {
  id: string
  kind: EventKind
  title: string
  startAt: string
  endAt: string
  placeName: string
  capacity: number
  seatsTaken: number
  seatsLeft: number
  waitlistEnabled: boolean
  signupDeadline: string
  audience: EventAudience
  visibility: EventVisibility
  status: EventStatus
}

export interface MySignup {
  signupId: string
  eventId: string
  status: SignupStatus
  /** 1-based place in the waitlist (waitlisted only). */
  position: number | null
  checkedInAt: string | null
  /** The personal check-in QR content (seated only). */
  checkinCode: string | null
  remind: boolean
  canCancel: boolean
  /** A companion the caller signed up (家人/同行人): its slot and name; null for the caller's own sign-up. */
  companion: { slot: number; name: string } | null
}

export interface EventView extends EventSummary {
  description: string
  /** Shown in the 活动 list of every block of its street, not only its own block's (issue 16). */
  openToStreet: boolean
  organiser: string
  place: { name: string; address: string; lat: number; lng: number }
  cancelDeadline: string
  formFields: FormField[]
  route: { key: WalkingRoute; name: string; waypoints: Waypoint[] } | null
  sessions: Array<{ title: string; startAt: string; endAt: string }>
  waitlistCount: number
  signupOpen: boolean
  mine: MySignup | null
  /** The companions the caller signed up to this event (live ones), each with its own status. */
  companions: MySignup[]
  /** The caller is staff of this event. */
  canManage: boolean
}

export interface SignupResult {
  status: 'seated' | 'waitlisted'
  position?: number
}

export interface RosterRow {
  signupId: string
  status: SignupStatus
  position: number | null
  checkedInAt: string | null
  signedUpAt: string
  /** Form answers, names and phones masked. */
  answers: Record<string, string>
  /** A companion's row: the signer's sign-up id and the companion's name, masked. */
  companion: { of: string; name: string } | null
}

export interface Roster {
  event: EventSummary
  formFields: FormField[]
  rows: RosterRow[]
  counts: { seated: number; waitlisted: number; cancelled: number; checkedIn: number }
}

export interface CheckinResult {
  signupId: string
  checkedInAt: string
  /** Masked, for the staff's screen. */
  who: string
}

export interface EventsStats {
  events: number
  signups: number
  seated: number
  checkedIn: number
  byKind: Record<string, number>
}

export interface EventsActions {
  'events.list': { input: typeof listEventsInput; output: { events: EventSummary[] } }
  'events.get': { input: typeof getEventInput; output: EventView }
  'events.signup': { input: typeof signupInput; output: SignupResult }
  'events.signupCompanion': { input: typeof signupCompanionInput; output: SignupResult & { signupId: string } }
  'events.cancel': { input: typeof cancelSignupInput; output: { status: 'cancelled'; promoted: number } }
  'events.remind': { input: typeof eventIdInput; output: { remind: true } }
  'events.mine': { input: typeof mineInput; output: { items: Array<{ event: EventSummary; signup: MySignup }> } }
  'events.checkin': { input: typeof checkinInput; output: CheckinResult }
  'events.create': { input: typeof createEventInput; output: { id: string } }
  'events.update': { input: typeof updateEventInput; output: { id: string; promoted: number } }
  'events.setStatus': { input: typeof setEventStatusInput; output: { id: string; status: EventStatus } }
  'events.manage': { input: typeof manageEventsInput; output: { events: EventSummary[] } }
  'events.roster': { input: typeof eventIdInput; output: Roster }
  'events.rosterCsv': { input: typeof eventIdInput; output: { filename: string; csv: string } }
  'events.signupDetail': { input: typeof signupIdInput; output: { signupId: string; answers: Record<string, string>; formFields: FormField[] } }
  'events.eventCode': { input: typeof eventIdInput; output: { code: string; invite: string } }
  'events.stats': { input: typeof statsInput; output: EventsStats }
}

export type { EventKind, FormFieldType }
