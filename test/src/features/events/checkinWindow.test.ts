// The roster offers 手动签到 exactly when the server takes it (issue 13: "pages offer only the moves the server
// allows"): the page's window agrees with the server's rule at and around every edge.
import { checkinWindowProblem } from '@/cloudfunctions/api/events/rules'
import { staffCheckinOpen } from '@/src/features/events/checkinWindow'

const event = { startAt: '2026-05-01T10:00:00+08:00', endAt: '2026-05-01T12:00:00+08:00' }
const MIN = 60_000

it('offers 手动签到 from an hour before the start to a day after the end, as the server allows, and never outside', () => {
  const edges = [new Date('2026-05-01T09:00:00+08:00'), new Date('2026-05-02T12:00:00+08:00'), new Date(event.startAt), new Date(event.endAt)]
  const times = edges.flatMap((t) => [-MIN, -1, 0, 1, MIN].map((d) => new Date(t.getTime() + d)))
  times.push(new Date('2026-04-29T10:00:00+08:00'), new Date('2026-05-05T10:00:00+08:00'))
  for (const now of times) {
    const serverTakes = checkinWindowProblem({ startAt: new Date(event.startAt), endAt: new Date(event.endAt) }, 'staff', now) === null
    expect({ now: now.toISOString(), offered: staffCheckinOpen(event, now) }).toEqual({ now: now.toISOString(), offered: serverTakes })
  }
  expect(staffCheckinOpen(event, new Date('2026-04-30T10:00:00+08:00'))).toBe(false) // two days ahead: not yet
})
