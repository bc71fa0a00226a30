import { blockTime } from '@/src/shared/time'
import type { EventFields, EventView } from '@/types/events'
import { cleanField } from './questions'

/** One evening-course session as typed: a day ("YYYY-MM-DD") and its start and end ("HH:mm"), Shanghai time. */
export interface SessionDraft {
  title: string
  date: string
  start: string
  end: string
}

/** The form's state: times typed as "YYYY-MM-DD HH:mm" (Shanghai), numbers as text. */
export interface EventDraft extends Omit<EventFields, 'startAt' | 'endAt' | 'signupDeadline' | 'cancelDeadline' | 'capacity' | 'sessions'> {
  startAt: string
  endAt: string
  signupDeadline: string
  capacity: string
  sessions: SessionDraft[]
}

const FORMAT = 'YYYY-MM-DD HH:mm'
const typed = (iso: string) => blockTime(iso).format(FORMAT)

export function newDraft(): EventDraft {
  const start = blockTime().add(7, 'day').hour(9).minute(30)
  return {
    kind: 'market',
    title: '',
    description: '',
    organiser: '新华路街区党支部',
    place: { name: '新华路街区党群服务站', address: '长宁区新华路 211 号', lat: 31.2049, lng: 121.4251 },
    startAt: start.format(FORMAT),
    endAt: start.add(2, 'hour').format(FORMAT),
    signupDeadline: start.subtract(1, 'day').hour(20).minute(0).format(FORMAT),
    capacity: '30',
    waitlistEnabled: true,
    audience: 'all',
    visibility: 'public',
    formFields: [
      { key: 'name', label: '姓名', type: 'name', required: true },
      { key: 'phone', label: '手机号', type: 'phone', required: true },
    ],
    sessions: [],
  }
}

export function draftOf(event: EventView): EventDraft {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    organiser: event.organiser,
    place: event.place,
    startAt: typed(event.startAt),
    endAt: typed(event.endAt),
    signupDeadline: typed(event.signupDeadline),
    capacity: String(event.capacity),
    waitlistEnabled: event.waitlistEnabled,
    audience: event.audience,
    visibility: event.visibility,
    formFields: event.formFields,
    sessions: event.sessions.map((s) => ({
      title: s.title,
      date: blockTime(s.startAt).format('YYYY-MM-DD'),
      start: blockTime(s.startAt).format('HH:mm'),
      end: blockTime(s.endAt).format('HH:mm'),
    })),
    ...(event.route ? { route: event.route.key } : {}),
  }
}

/** "2026-05-01 09:30" → "2026-05-01T09:30:00+08:00"; anything else passes through for the server to refuse. */
const instant = (text: string) => (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text.trim()) ? `${text.trim().replace(' ', 'T')}:00+08:00` : text)

/** The session to add next: a week after the last one (courses are weekly), or on the event's first day. */
export function nextSession(draft: EventDraft): SessionDraft {
  const last = draft.sessions[draft.sessions.length - 1]
  if (last) {
    const date = blockTime(`${last.date.trim()}T00:00:00+08:00`)
    return { title: '', date: date.isValid() ? date.add(7, 'day').format('YYYY-MM-DD') : last.date, start: last.start, end: last.end }
  }
  const [date = '', start = ''] = draft.startAt.trim().split(' ')
  return { title: '', date, start, end: draft.endAt.trim().split(' ')[1] ?? '' }
}

export function fieldsOf(draft: EventDraft): EventFields {
  const sessions = draft.kind === 'nightSchool' ? draft.sessions : []
  return {
    ...draft,
    sessions: sessions.map((s) => ({
      title: s.title,
      startAt: instant(`${s.date.trim()} ${s.start.trim()}`),
      endAt: instant(`${s.date.trim()} ${s.end.trim()}`),
    })),
    startAt: instant(draft.startAt),
    endAt: instant(draft.endAt),
    signupDeadline: instant(draft.signupDeadline),
    capacity: Number(draft.capacity),
    formFields: draft.formFields.map(cleanField),
    ...(draft.kind === 'walkingLesson' ? { route: draft.route ?? 'renwen' } : { route: undefined }),
  }
}
