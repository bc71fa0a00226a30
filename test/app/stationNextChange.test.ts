import { nextChangeAt } from '@/src/features/stations/nextChange'

const NOW = new Date('2026-11-27T12:00:00+08:00')
const at = (clock: string) => new Date(`2026-11-27T${clock}:00+08:00`).toISOString()

describe('nextChangeAt', () => {
  it('is when an open station turns 即将打烊 (30 minutes before closing), then when it closes', () => {
    const closingAt13 = { openNow: true, closesAt: at('13:00'), nextOpeningAt: null }
    expect(nextChangeAt([closingAt13], NOW)).toBe(new Date(at('12:30')).getTime())
    expect(nextChangeAt([closingAt13], new Date(at('12:40')))).toBe(new Date(at('13:00')).getTime())
  })

  it('takes the earliest change of the list, openings included', () => {
    const list = [
      { openNow: true, closesAt: at('20:00'), nextOpeningAt: null },
      { openNow: false, closesAt: null, nextOpeningAt: at('14:00') },
      { openNow: true, closesAt: null, nextOpeningAt: null },
    ]
    expect(nextChangeAt(list, NOW)).toBe(new Date(at('14:00')).getTime())
  })

  it('is null for stations that never change', () => {
    expect(nextChangeAt([{ openNow: true, closesAt: null, nextOpeningAt: null }], NOW)).toBeNull()
  })
})
