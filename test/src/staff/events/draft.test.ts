// The staff event form: evening-course sessions typed in Shanghai time, whatever the device's zone.
import type { EventView } from '@/types/events'
import { eventFieldsSchema } from '@/types/events'
import { draftOf, fieldsOf, newDraft, nextSession, type EventDraft } from '@/src/staff/events/edit/draft'

function courseDraft(): EventDraft {
  return {
    ...newDraft(),
    kind: 'nightSchool',
    title: '新域夜校·短视频',
    startAt: '2026-05-07 19:00',
    endAt: '2026-05-21 20:30',
    signupDeadline: '2026-05-06 20:00',
    sessions: [
      { title: '拍摄入门', date: '2026-05-07', start: '19:00', end: '20:30' },
      { title: '剪辑', date: ' 2026-05-14 ', start: '19:00 ', end: '20:30' },
    ],
  }
}

describe('evening-course sessions in the staff form', () => {
  it('sends each session as Shanghai instants the contract accepts', () => {
    const fields = fieldsOf(courseDraft())
    expect(fields.sessions).toEqual([
      { title: '拍摄入门', startAt: '2026-05-07T19:00:00+08:00', endAt: '2026-05-07T20:30:00+08:00' },
      { title: '剪辑', startAt: '2026-05-14T19:00:00+08:00', endAt: '2026-05-14T20:30:00+08:00' },
    ])
    expect(eventFieldsSchema.safeParse(fields).success).toBe(true)
  })

  it('another kind sends no sessions (the server refuses sessions on it)', () => {
    expect(fieldsOf({ ...courseDraft(), kind: 'market' }).sessions).toEqual([])
  })

  it('reads an event back into the same typed sessions (a late session keeps its Shanghai day)', () => {
    const event = {
      ...fieldsOf(courseDraft()),
      id: 'ev',
      sessions: [{ title: '夜场', startAt: '2026-05-07T14:00:00Z', endAt: '2026-05-07T15:30:00Z' }],
      route: null,
      formFields: [],
    } as unknown as EventView
    expect(draftOf(event).sessions).toEqual([{ title: '夜场', date: '2026-05-07', start: '22:00', end: '23:30' }])
  })

  it('a new session starts a week after the last, or on the event’s first day', () => {
    const draft = courseDraft()
    expect(nextSession(draft)).toEqual({ title: '', date: '2026-05-21', start: '19:00 ', end: '20:30' })
    expect(nextSession({ ...draft, sessions: [] })).toEqual({ title: '', date: '2026-05-07', start: '19:00', end: '20:30' })
  })

  it('a mistyped time passes through for the server to refuse with a readable message', () => {
    const fields = fieldsOf({ ...courseDraft(), sessions: [{ title: '错', date: '5月7日', start: '19:00', end: '20:30' }] })
    const parsed = eventFieldsSchema.safeParse(fields)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0].message).toContain('时间格式')
  })
})
