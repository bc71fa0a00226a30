import type { EventSummary, FormField, MySignup, Waypoint } from '@/types/events'
import type { EventAudience, EventKind, EventStatus, EventVisibility, SignupStatus, WalkingRoute } from '@/types/events.vocab'
import { attendeeCode } from './codes'

/** An event in `events`. `seatsTaken` moves only by conditional update or transaction. */
export interface EventDoc {
  _id: string
  kind: EventKind
  title: string
  description: string
  organiser: string
  place: { name: string; address: string; lat: number; lng: number }
  startAt: Date
  endAt: Date
  signupDeadline: Date
  cancelDeadline: Date
  capacity: number
  waitlistEnabled: boolean
  audience: EventAudience
  visibility: EventVisibility
  formFields: FormField[]
  route: { key: WalkingRoute; name: string; waypoints: Waypoint[] } | null
  sessions: Array<{ title: string; startAt: Date; endAt: Date }>
  status: EventStatus
  /** Seats held by seated sign-ups (plus, for a moment, one being seated). Never above capacity. */
  seatsTaken: number
  /** No longer moved (the waitlist is ordered by each sign-up's own key, seats.ts); kept on older records. */
  waitlistIssued: number
  /** Secret in the event's own check-in code and in a QR-only event's invitation. */
  eventSecret: string
  inviteCode: string
  /** Staff who run this event (its creator first); admins run every event. */
  staffOpenids: string[]
  createdAt: Date
  updatedAt: Date
}

/**
 * One person's sign-up, `_id` = `${eventId}:${openid}`: a second add for the same pair fails. A companion (家人/同行人)
 * the person signed up is its own record, `_id` = `${eventId}:${openid}:${slot}` (slot 1…COMPANIONS_MAX), with the
 * signer's `openid`: it takes its own seat or waitlist place and has its own check-in code (companions.ts).
 */
export interface SignupDoc {
  _id: string
  eventId: string
  /** The person who signed up (for a companion: the signer, who manages and is reminded of it). */
  openid: string
  /** A companion's slot, 1…COMPANIONS_MAX; absent on a person's own sign-up. */
  companion?: number
  /** `pending` while the request that claimed this record is still seating it. */
  status: SignupStatus | 'pending'
  /**
   * The waitlist key's time part: the server clock (ms) when the sign-up request began; ties are broken by `_id`
   * (seats.ts). Older records hold small ticket numbers 1, 2, …, which sort before any clock value.
   */
  waitTicket: number | null
  /** Secret in the personal check-in code. */
  checkinToken: string
  checkedInAt: Date | null
  checkedInBy: string | null
  remind: boolean
  reminderSentAt: Date | null
  /** Reminder sends tried so far (a passing failure is retried on the next timer run, up to a limit). */
  reminderAttempts?: number
  /** When the "you got a seat" message was claimed for sending (once per promotion from the waitlist). */
  seatNoticeAt?: Date | null
  /** Copied from the event so "my events" and the reminder job are single queries. */
  startAt: Date
  createdAt: Date
  updatedAt: Date
}

/** Form answers (names, phones …): a collection only functions read, same `_id` as the sign-up. */
export interface SignupFormDoc {
  _id: string
  eventId: string
  openid: string
  answers: Record<string, string>
  /** A companion's name (personal data: masked in rosters, whole only to the signer and on the logged detail). */
  companionName?: string
  updatedAt: Date
}

export const signupId = (eventId: string, openid: string) => `${eventId}:${openid}`

/** A companion's sign-up id: the signer's id plus the slot (1…COMPANIONS_MAX). */
export const companionSignupId = (eventId: string, openid: string, slot: number) => `${eventId}:${openid}:${slot}`

/** The holder part of a sign-up id (after `${eventId}:`): the openid, or `${openid}:${slot}` for a companion. */
const holderOf = (doc: Pick<SignupDoc, '_id' | 'eventId'>) => doc._id.slice(doc.eventId.length + 1)

const iso = (d: Date | string) => new Date(d).toISOString()

export function toEventSummary(doc: EventDoc): EventSummary {
  return {
    id: doc._id,
    kind: doc.kind,
    title: doc.title,
    startAt: iso(doc.startAt),
    endAt: iso(doc.endAt),
    placeName: doc.place.name,
    capacity: doc.capacity,
    seatsTaken: doc.seatsTaken,
    seatsLeft: Math.max(0, doc.capacity - doc.seatsTaken),
    waitlistEnabled: doc.waitlistEnabled,
    signupDeadline: iso(doc.signupDeadline),
    audience: doc.audience,
    visibility: doc.visibility,
    status: doc.status,
  }
}

/** `companionName`: the companion's name, for the signer's own view (only for a companion's record). */
export function toMySignup(doc: SignupDoc, event: EventDoc, position: number | null, now: Date, companionName?: string): MySignup {
  const status = doc.status === 'pending' ? 'waitlisted' : doc.status
  return {
    signupId: doc._id,
    eventId: doc.eventId,
    status,
    position: status === 'waitlisted' ? position : null,
    checkedInAt: doc.checkedInAt ? iso(doc.checkedInAt) : null,
    checkinCode: status === 'seated' ? attendeeCode(doc.eventId, holderOf(doc), doc.checkinToken) : null,
    companion: doc.companion ? { slot: doc.companion, name: companionName ?? '' } : null,
    remind: doc.remind,
    canCancel: status !== 'cancelled' && !doc.checkedInAt && now < new Date(status === 'waitlisted' ? event.startAt : event.cancelDeadline),
  }
}
