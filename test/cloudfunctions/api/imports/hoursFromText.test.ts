import { hoursFromText } from '@/cloudfunctions/api/imports/hoursFromText'
import { hoursText } from '@/cloudfunctions/api/stations/hoursText'
import { demoStations } from '@/seed/stations'

const WEEKDAYS = [1, 2, 3, 4, 5]
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6]
const parsed = (text: string) => {
  const result = hoursFromText(text)
  if (!result.ok) throw new Error(result.reason)
  return result.hours
}

describe('hoursFromText', () => {
  it('reads weekday and weekend hours', () => {
    expect(parsed('周一至周五 8:30-17:00；周末 9:00-17:00')).toEqual({
      periods: [
        { days: WEEKDAYS, open: '08:30', close: '17:00' },
        { days: [0, 6], open: '09:00', close: '17:00' },
      ],
    })
  })

  it('reads 24 hours and round-the-clock spellings as always open', () => {
    for (const text of ['24小时', '24 小时', '全天', '每天 00:00-24:00']) expect(parsed(text)).toEqual({ always: true, periods: [] })
  })

  it('reads overnight hours written with 次日', () => {
    expect(parsed('20:00-次日6:00')).toEqual({ periods: [{ days: EVERY_DAY, open: '20:00', close: '06:00' }] })
  })

  it('reads holiday rules; 工作日 keeps make-up working days', () => {
    expect(parsed('工作日 9:00-18:00，法定节假日休息')).toEqual({
      periods: [{ days: WEEKDAYS, open: '09:00', close: '18:00' }],
      onPublicHoliday: 'closed',
      onMakeUpWorkday: 'weekday',
    })
    expect(parsed('每天 9:00-17:00；节假日按周末时间').onPublicHoliday).toBe('weekend')
  })

  it('reads split days, day lists, closed days and 点 times', () => {
    expect(parsed('周一至周五 9:00-12:00 14:00-17:00').periods).toHaveLength(2)
    expect(parsed('周六、周日 10:00-16:00').periods[0].days).toEqual([0, 6])
    expect(parsed('周一闭馆；每天 9:00-17:00').periods[0].days).toEqual([0, 2, 3, 4, 5, 6])
    expect(parsed('8点-20点半').periods[0]).toEqual({ days: EVERY_DAY, open: '08:00', close: '20:30' })
  })

  it('refuses what it cannot read, saying what and how to write it', () => {
    expect(hoursFromText('看心情')).toEqual({ ok: false, reason: expect.stringContaining('看不懂的开放时间：“看心情”') })
    expect(hoursFromText('18:00-6:00')).toEqual({ ok: false, reason: expect.stringContaining('过夜请写“次日”') })
    expect(hoursFromText('9:00-25:00')).toEqual({ ok: false, reason: '时间不对：“9:00-25:00”' })
    expect(hoursFromText('')).toEqual({ ok: false, reason: '开放时间为空' })
  })

  it('reads back what the app writes for every demo station', () => {
    for (const station of demoStations) expect(parsed(hoursText(station.hours))).toEqual(station.hours)
  })
})
