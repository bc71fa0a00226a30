// Shanghai weeks and months for the trends and the ledger (issue 18), without a database.
import { monthWindow } from '@/cloudfunctions/api/dashboard/monthWindow'
import { lastWeeks, mondayOf, perWeek } from '@/cloudfunctions/api/dashboard/weeks'

describe('Shanghai weeks', () => {
  it('a week starts on Monday: Sunday belongs to the week before, Monday to its own', () => {
    expect(mondayOf('2026-05-17')).toBe('2026-05-11') // Sunday
    expect(mondayOf('2026-05-18')).toBe('2026-05-18') // Monday
    expect(mondayOf('2027-01-01')).toBe('2026-12-28') // across the year
  })

  it('the weeks end with the one holding now in Shanghai (Monday 00:30 there is still Sunday in UTC)', () => {
    const now = new Date('2026-05-18T00:30:00+08:00')
    expect(lastWeeks(now, 3)).toEqual(['2026-05-04', '2026-05-11', '2026-05-18'])
  })

  it('sums days into their weeks and drops days outside', () => {
    const weeks = ['2026-05-11', '2026-05-18']
    expect(
      perWeek(weeks, [
        { day: '2026-05-10', n: 9 },
        { day: '2026-05-11', n: 1 },
        { day: '2026-05-17', n: 2 },
        { day: '2026-05-24', n: 4 },
        { day: '2026-05-25', n: 8 },
      ]),
    ).toEqual([3, 4])
  })
})

describe('a Shanghai month', () => {
  it('runs from 00:00 on the 1st to 00:00 on the next 1st, Shanghai time', () => {
    const w = monthWindow('2026-05')
    expect(w).toMatchObject({ firstDay: '2026-05-01', nextFirstDay: '2026-06-01' })
    expect(w.start.toISOString()).toBe('2026-04-30T16:00:00.000Z')
    expect(w.end.toISOString()).toBe('2026-05-31T16:00:00.000Z')
  })

  it('December runs into January of the next year', () => {
    expect(monthWindow('2026-12')).toMatchObject({ firstDay: '2026-12-01', nextFirstDay: '2027-01-01' })
  })
})
