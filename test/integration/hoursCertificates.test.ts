// Volunteer hours you can show (issue 18 part 4): a 时长证明 for a person and a period, verified by scanning its
// signed code; and a team's hours exported in the national volunteer system's import columns (assumed: README).
import Papa from 'papaparse'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { HoursCertificateView } from '@/types/hours'
import { NATIONAL_EXPORT_COLUMNS } from '@/cloudfunctions/api/hours/nationalExport'

jest.setTimeout(60_000)
const VOLUNTEER = 'hc-volunteer'
const at = (s: string) => new Date(s)

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(at('2026-11-27T10:00:00+08:00'))
  await cloud.store.insertOne('users', { _id: VOLUNTEER, roles: ['resident'], nickname: '李志愿', createdAt: at('2026-01-01T00:00:00Z') })
  const record = (activityId: string, title: string, checkIn: string, minutes: number, extra: object = {}) => ({
    _id: `${activityId}:${VOLUNTEER}`,
    activityId,
    activityTitle: title,
    teamId: 'team-action',
    openid: VOLUNTEER,
    checkInAt: at(checkIn),
    checkOutAt: new Date(at(checkIn).getTime() + minutes * 60_000),
    minutes,
    source: 'self',
    note: null,
    correctedBy: null,
    updatedAt: at(checkIn),
    ...extra,
  })
  await cloud.store.insertMany('volunteerHours', [
    // 1 Nov 00:30 Shanghai is still 31 Oct in UTC: the period is Shanghai days.
    record('hc-a1', '招牌巡查', '2026-11-01T00:30:00+08:00', 90),
    record('hc-a2', '楼道安全随手拍', '2026-11-15T09:00:00+08:00', 120, { source: 'staff', note: '忘记签退，网格员补登' }),
    // 1 Dec 00:10 Shanghai: outside a period ending 30 Nov.
    record('hc-a3', '=HYPERLINK("x")', '2026-12-01T00:10:00+08:00', 60),
    // Checked in, never out: no minutes, not counted.
    record('hc-a4', '未签退', '2026-11-20T09:00:00+08:00', 0),
  ])
})
afterAll(() => cloud?.stop())

describe('时长证明', () => {
  let certificate: HoursCertificateView
  it('counts the minutes of the period’s Shanghai days, both ends included, and lists each activity', async () => {
    certificate = await cloud.callOk('hours.certificate', { requestId: 'req-hc-1', name: '李四', from: '2026-11-01', to: '2026-11-30' }, VOLUNTEER)
    expect(certificate).toMatchObject({ name: '李四', from: '2026-11-01', to: '2026-11-30', totalMinutes: 90 + 120 })
    expect(certificate.activities).toEqual([
      { title: '招牌巡查', team: expect.any(String), day: '2026-11-01', minutes: 90 },
      { title: '楼道安全随手拍', team: expect.any(String), day: '2026-11-15', minutes: 120 },
    ])
    expect(certificate.code).toMatch(/^NXH1\./)
    expect(certificate.code).not.toContain('李四')
  })

  it('anyone scanning the code sees what it states; a changed code is tampered; an unknown id is not valid', async () => {
    expect(await cloud.callOk('hours.verifyCertificate', { code: certificate.code }, 'demo-resident')).toMatchObject({
      valid: true,
      verdict: 'valid',
      certificate: { name: '李四', totalMinutes: 210, from: '2026-11-01', to: '2026-11-30' },
    })
    const [prefix, id, nonce, sig] = certificate.code.split('.')
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1)
    expect(await cloud.callOk('hours.verifyCertificate', { code: `${prefix}.${id}.${nonce}.${flip(sig)}` }, 'demo-resident')).toMatchObject({
      valid: false,
      verdict: 'tampered',
      certificate: null,
    })
    expect(await cloud.callOk('hours.verifyCertificate', { code: `${prefix}.${flip(id)}.${nonce}.${sig}` }, 'demo-resident')).toMatchObject({ valid: false })
  })

  it('refuses a period whose end comes before its start, naming 结束日期, and writes nothing', async () => {
    const before = await cloud.store.count('hoursCertificates')
    expect(await cloud.call('hours.certificate', { requestId: 'req-hc-2', name: '李四', from: '2026-11-30', to: '2026-11-01' }, VOLUNTEER)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('结束日期') },
    })
    expect(await cloud.call('hours.certificate', { requestId: 'req-hc-3', name: '', from: '2026-11-01', to: '2026-11-30' }, VOLUNTEER)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('姓名') },
    })
    expect(await cloud.store.count('hoursCertificates')).toBe(before)
  })
})

describe('team export for the national volunteer system', () => {
  it('one row per person per activity with hours to one decimal, Shanghai times, no ID numbers; logged; formulas neutralised', async () => {
    const out = await cloud.callOk('hours.exportTeam', { teamId: 'team-action', from: '2026-11-01', to: '2026-12-01' }, 'demo-staff')
    expect(out.csv.startsWith('\ufeff')).toBe(true)
    const parsed = Papa.parse<string[]>(out.csv.slice(1).trim(), { skipEmptyLines: true }).data
    expect(parsed[0]).toEqual([...NATIONAL_EXPORT_COLUMNS])
    const mine = parsed.slice(1).filter((r) => r[1] === '李志愿')
    expect(mine.map((r) => [r[5], r[6], r[8], r[3]])).toEqual([
      ['招牌巡查', '2026-11-01 00:30', '1.5', ''],
      ['楼道安全随手拍', '2026-11-15 09:00', '2.0', ''],
      ['\'=HYPERLINK("x")', '2026-12-01 00:10', '1.0', ''],
    ])
    expect(out.fileName).toMatch(/志愿时长-2026-11-01至2026-12-01\.csv$/)
    expect(await cloud.store.count('accessLog', { subject: 'hours.export', staffOpenid: 'demo-staff' })).toBe(1)
  })

  it('is for staff only', async () => {
    expect(await cloud.call('hours.exportTeam', { teamId: 'team-action', from: '2026-11-01', to: '2026-11-30' }, VOLUNTEER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
