import { noticeWindow } from '@/cloudfunctions/api/notices/noticeWindow'

const NOW = new Date('2026-09-18T08:00:00+08:00')

describe('a notice’s window', () => {
  it('an emergency lasts 48 hours from now by default, a notice 30 days', () => {
    expect(noticeWindow('emergency', NOW).expiresAt.toISOString()).toBe(new Date('2026-09-20T08:00:00+08:00').toISOString())
    expect(noticeWindow('notice', NOW).expiresAt.toISOString()).toBe(new Date('2026-10-18T08:00:00+08:00').toISOString())
  })

  it.each([
    ['ends before it starts', '2026-09-19T00:00:00+08:00', '2026-09-18T12:00:00+08:00'],
    ['already ended', undefined, '2026-09-18T07:00:00+08:00'],
    ['longer than 90 days', undefined, '2027-01-01T00:00:00+08:00'],
  ])('refuses a window that %s', (_name, startsAt, expiresAt) => {
    expect(() => noticeWindow('notice', NOW, startsAt, expiresAt)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
})
