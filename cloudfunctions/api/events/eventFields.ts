import type { EventFields } from '@/types/events'
import type { EventDoc } from './eventDoc'
import { walkingRoute } from './routes'

type StoredFields = Omit<
  EventDoc,
  '_id' | 'status' | 'seatsTaken' | 'waitlistIssued' | 'eventSecret' | 'inviteCode' | 'staffOpenids' | 'createdAt' | 'updatedAt'
>

/** What staff wrote, as stored: instants as dates, the route's waypoints copied in, the cancel deadline filled. */
export function storedFields(f: EventFields): StoredFields {
  return {
    kind: f.kind,
    title: f.title,
    description: f.description,
    organiser: f.organiser,
    place: f.place,
    startAt: new Date(f.startAt),
    endAt: new Date(f.endAt),
    signupDeadline: new Date(f.signupDeadline),
    cancelDeadline: new Date(f.cancelDeadline ?? f.startAt),
    capacity: f.capacity,
    waitlistEnabled: f.waitlistEnabled,
    audience: f.audience,
    visibility: f.visibility,
    formFields: f.formFields,
    route: f.route ? walkingRoute(f.route) : null,
    sessions: (f.sessions ?? []).map((s) => ({ title: s.title, startAt: new Date(s.startAt), endAt: new Date(s.endAt) })),
  }
}

const iso = (d: Date) => new Date(d).toISOString()

/** The stored event as the fields staff edit, so a partial edit can be checked whole. */
export function editableFields(doc: EventDoc): EventFields {
  return {
    kind: doc.kind,
    title: doc.title,
    description: doc.description,
    organiser: doc.organiser,
    place: doc.place,
    startAt: iso(doc.startAt),
    endAt: iso(doc.endAt),
    signupDeadline: iso(doc.signupDeadline),
    cancelDeadline: iso(doc.cancelDeadline),
    capacity: doc.capacity,
    waitlistEnabled: doc.waitlistEnabled,
    audience: doc.audience,
    visibility: doc.visibility,
    formFields: doc.formFields,
    ...(doc.route ? { route: doc.route.key } : {}),
    sessions: doc.sessions.map((s) => ({ title: s.title, startAt: iso(s.startAt), endAt: iso(s.endAt) })),
  }
}
