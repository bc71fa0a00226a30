import { hoursText } from '@/cloudfunctions/api/stations/hoursText'

describe('hoursText', () => {
  it('says 24 小时 for an always-open station', () => {
    expect(hoursText({ always: true, periods: [] })).toBe('24 小时')
  })

  it('names day groups and marks overnight closing', () => {
    expect(
      hoursText({
        periods: [
          { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' },
          { days: [0, 6], open: '18:00', close: '02:00' },
        ],
      }),
    ).toBe('周一至周五 09:00–18:00；周末 18:00–次日 02:00')
    expect(hoursText({ periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '20:00' }] })).toBe('每天 08:00–20:00')
    expect(hoursText({ periods: [] })).toBe('暂停开放')
  })
})

describe('hoursText with holiday rules', () => {
  it('says when a station closes on public holidays and keeps weekday hours on make-up working days', () => {
    expect(hoursText({ periods: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }], onPublicHoliday: 'closed', onMakeUpWorkday: 'weekday' })).toBe(
      '周一至周五 09:00–17:00；法定节假日休息；调休上班日按工作日时间',
    )
    expect(hoursText({ always: true, periods: [], onPublicHoliday: 'usual' })).toBe('24 小时')
  })
})
