// The seats bar offers only moves still open.
import { seatsText } from '@/src/features/events/format'

const NOW = new Date('2026-05-01T09:00:00+08:00')
const full = {
  capacity: 10,
  seatsLeft: 0,
  waitlistEnabled: true,
  status: 'published' as const,
  startAt: '2026-05-03T09:00:00+08:00',
  signupDeadline: '2026-05-02T09:00:00+08:00',
}

it('a full event with a waitlist still open says 已满 · 可候补', () => expect(seatsText(full, NOW)).toBe('已满 · 可候补'))
it('a past event is never 已满 · 可候补', () =>
  expect(seatsText({ ...full, startAt: '2026-04-30T09:00:00+08:00', signupDeadline: '2026-04-29T09:00:00+08:00' }, NOW)).toBe('已满 · 报名已截止'))
it('past the sign-up deadline with seats left says 报名已截止', () =>
  expect(seatsText({ ...full, seatsLeft: 2, signupDeadline: '2026-05-01T08:00:00+08:00' }, NOW)).toBe('报名已截止'))
it('a cancelled event says so', () => expect(seatsText({ ...full, status: 'cancelled' }, NOW)).toBe('活动已取消'))
