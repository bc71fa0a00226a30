import { eventTimeText } from '@/src/features/events/format'
import { activityTimeText } from '@/src/features/teams/format'

// The block's times read the same on any device: these run under whatever TZ the machine has.
describe('times are Shanghai wall-clock on every device', () => {
  it('formats an event at 09:30 Shanghai as 09:30', () => {
    expect(eventTimeText('2026-11-30T01:30:00Z', '2026-11-30T04:30:00Z')).toBe('11月30日 周一 09:30–12:30')
  })

  it('keeps a late-evening activity on its Shanghai day', () => {
    expect(activityTimeText('2026-12-05T12:00:00Z', '2026-12-05T15:30:00Z')).toBe('12月5日 20:00–23:30')
  })
})
