import { closureText, describeOpening, formatDistance, formatWhen } from '@/src/features/stations/format'

// 2026-11-27 10:00 in Shanghai (a Friday).
const NOW = new Date('2026-11-27T02:00:00.000Z')

describe('formatDistance', () => {
  it('says metres under a kilometre, rounded to 10 m', () => {
    expect(formatDistance(0)).toBe('0 米')
    expect(formatDistance(347)).toBe('350 米')
    expect(formatDistance(994)).toBe('990 米')
  })
  it('says kilometres with one decimal, whole kilometres from 10 km', () => {
    expect(formatDistance(1000)).toBe('1.0 公里')
    expect(formatDistance(1234)).toBe('1.2 公里')
    expect(formatDistance(12_600)).toBe('13 公里')
  })
})

describe('formatWhen (Shanghai wall-clock, whatever the device zone)', () => {
  it('names today, tomorrow and the day after', () => {
    expect(formatWhen('2026-11-27T12:00:00.000Z', NOW)).toBe('今天 20:00')
    expect(formatWhen('2026-11-28T00:00:00.000Z', NOW)).toBe('明天 08:00')
    expect(formatWhen('2026-11-29T00:30:00.000Z', NOW)).toBe('后天 08:30')
  })
  it('uses the weekday within a week and the date beyond', () => {
    expect(formatWhen('2026-12-01T01:00:00.000Z', NOW)).toBe('周二 09:00')
    expect(formatWhen('2026-12-10T01:00:00.000Z', NOW)).toBe('12月10日 09:00')
  })
  it('counts days by the Shanghai calendar, not UTC', () => {
    // 2026-11-27 23:30 UTC is already 11-28 07:30 in Shanghai: tomorrow.
    expect(formatWhen('2026-11-27T23:30:00.000Z', NOW)).toBe('明天 07:30')
  })
})

describe('describeOpening', () => {
  it('an open station says until when', () => {
    expect(describeOpening({ openNow: true, closesAt: '2026-11-27T12:00:00.000Z', nextOpeningAt: null }, NOW)).toEqual({
      open: true,
      label: '营业中',
      detail: '今天 20:00 打烊',
    })
  })
  it('an always-open station says 24 小时营业', () => {
    expect(describeOpening({ openNow: true, closesAt: null, nextOpeningAt: null }, NOW).detail).toBe('24 小时营业')
  })
  it('a closed station says when it opens next', () => {
    expect(describeOpening({ openNow: false, closesAt: null, nextOpeningAt: '2026-11-28T00:00:00.000Z' }, NOW)).toEqual({
      open: false,
      label: '已打烊',
      detail: '明天 08:00 开门',
    })
  })
  it('a closed station with no next opening says so', () => {
    expect(describeOpening({ openNow: false, closesAt: null, nextOpeningAt: null }, NOW).detail).toBe('暂无开门时间')
  })
})

describe('temporary closures and 即将打烊', () => {
  it('a suspended station says why and when it is expected back', () => {
    const closure = { reason: '饮水机维修', expectedReopenAt: '2026-12-02T16:00:00.000Z' } // 12月3日 00:00 in Shanghai
    expect(closureText(closure)).toBe('暂停开放：饮水机维修，预计 12月3日 恢复')
    expect(closureText({ reason: '装修', expectedReopenAt: null })).toBe('暂停开放：装修')
    expect(describeOpening({ openNow: false, closesAt: null, nextOpeningAt: null, status: 'suspended', closure }, NOW)).toEqual({
      open: false,
      label: '暂停开放',
      detail: '饮水机维修，预计 12月3日 恢复',
    })
  })
  it('an open station closing within 30 minutes says 即将打烊', () => {
    expect(describeOpening({ openNow: true, closesAt: '2026-11-27T02:20:00.000Z', nextOpeningAt: null, closingSoon: true }, NOW)).toEqual({
      open: true,
      label: '即将打烊',
      detail: '今天 10:20 打烊',
      closingSoon: true,
    })
  })
})
