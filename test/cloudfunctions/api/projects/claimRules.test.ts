import { fulfilMove, isOpenForClaims, reviewMove, withdrawMove } from '@/cloudfunctions/api/projects/claimRules'
import { countedMinutes } from '@/cloudfunctions/api/teams/hoursRules'

it('only a pending claim is approved (taking a place) or rejected', () => {
  expect(reviewMove('pending', 'approve')).toEqual({ to: 'approved', placeDelta: 1 })
  expect(reviewMove('pending', 'reject')).toEqual({ to: 'rejected', placeDelta: 0 })
  expect(typeof reviewMove('approved', 'approve')).toBe('string')
  expect(reviewMove('active', 'complete')).toEqual({ to: 'completed', placeDelta: 0 })
})

it('withdrawing a place-holding claim gives the place back; ended claims cannot be withdrawn', () => {
  expect(withdrawMove('approved')).toEqual({ to: 'withdrawn', placeDelta: -1 })
  expect(withdrawMove('pending')).toEqual({ to: 'withdrawn', placeDelta: 0 })
  expect(typeof withdrawMove('completed')).toBe('string')
  expect(typeof fulfilMove('pending')).toBe('string')
  expect(fulfilMove('approved')).toEqual({ to: 'active', placeDelta: 0 })
})

it('a project takes claims through its last day in Shanghai', () => {
  expect(isOpenForClaims({ endsOn: '2026-11-27' }, new Date('2026-11-27T23:59:00+08:00'))).toBe(true)
  expect(isOpenForClaims({ endsOn: '2026-11-27' }, new Date('2026-11-28T00:01:00+08:00'))).toBe(false)
})

it('self-recorded hours count at most an hour either side of the activity', () => {
  const activity = { startsAt: new Date('2026-12-05T09:00:00+08:00'), endsAt: new Date('2026-12-05T12:00:00+08:00') }
  expect(countedMinutes(new Date('2026-12-05T06:00:00+08:00'), new Date('2026-12-05T18:00:00+08:00'), activity)).toBe(300)
  expect(countedMinutes(new Date('2026-12-05T09:30:00+08:00'), new Date('2026-12-05T10:00:00+08:00'), activity)).toBe(30)
})
