// Check-in codes. Each names exactly one event, and the personal one exactly one sign-up, with a secret the server
// compares, so a code for one event can never check anyone in at another.
import { randomBytes } from 'node:crypto'
import { CHECKIN_CODE_PREFIX } from '@/types/events.vocab'

export const newSecret = () => randomBytes(12).toString('hex')

/**
 * What the attendee shows: NXA1|<eventId>|<holder>|<token>, where the holder is the sign-up id after `${eventId}:` —
 * the person's openid, or `${openid}:${slot}` for a companion they signed up — so each companion has its own code.
 */
export function attendeeCode(eventId: string, holder: string, token: string): string {
  return [CHECKIN_CODE_PREFIX.attendee, eventId, holder, token].join('|')
}

/** What staff put up at the venue for attendees to scan: NXE1|<eventId>|<secret>. */
export function eventCode(eventId: string, secret: string): string {
  return [CHECKIN_CODE_PREFIX.event, eventId, secret].join('|')
}

/** `openid` of an attendee code is the holder (see attendeeCode): `signupId(eventId, openid)` is the sign-up's id. */
export type ParsedCode = { kind: 'attendee'; eventId: string; openid: string; token: string } | { kind: 'event'; eventId: string; secret: string } | null

export function parseCode(code: string): ParsedCode {
  const parts = code.trim().split('|')
  if (parts[0] === CHECKIN_CODE_PREFIX.attendee && parts.length === 4 && parts.every(Boolean)) {
    return { kind: 'attendee', eventId: parts[1], openid: parts[2], token: parts[3] }
  }
  if (parts[0] === CHECKIN_CODE_PREFIX.event && parts.length === 3 && parts.every(Boolean)) {
    return { kind: 'event', eventId: parts[1], secret: parts[2] }
  }
  return null
}
