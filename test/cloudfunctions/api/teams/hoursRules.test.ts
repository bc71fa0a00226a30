import { activityPhase, checkInProblem } from '@/cloudfunctions/api/teams/hoursRules'

const at = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00+08:00`)
const activity = { startsAt: at('09:00'), endsAt: at('12:00') }

it('the phase the pages show agrees with the check-in window the server enforces', () => {
  for (const hhmm of ['07:00', '07:59', '08:00', '10:00', '12:00', '12:01', '15:00']) {
    const now = at(hhmm)
    expect(activityPhase(now, activity) === 'open').toBe(checkInProblem(now, activity) === null)
  }
  expect(activityPhase(at('07:59'), activity)).toBe('upcoming')
  expect(activityPhase(at('12:01'), activity)).toBe('ended')
})
