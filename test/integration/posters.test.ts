import type { ActionInput } from '@/types/actions'
// Posters (issue 18): the code on each poster, scanned (decoded from the PNG wxacode.getUnlimited answered), names a
// page of the app and a scene from which that page finds the record the poster is about.
import { randomBytes } from 'node:crypto'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { readQrPng } from '../helpers/readQr'
import { ALL_PAGES } from '../helpers/appConfig'
import { readLocalWxacode } from '@/local-cloud/openapi'
import type { PosterView } from '@/types/posters'
import { recordIdFromPageParams } from '@/types/posters.vocab'

jest.setTimeout(60_000)
const NOW = new Date('2026-11-27T10:00:00+08:00')

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const make = (data: ActionInput<'posters.make'>, openid = 'demo-staff') => cloud.callOk('posters.make', data, openid)

/** What a phone's scanner reads from the poster's code, and the page + query the mini-program opens with it. */
function scan(poster: PosterView) {
  const content = readQrPng(Buffer.from(poster.codeBase64, 'base64'))
  expect(content).not.toBeNull()
  const opened = readLocalWxacode(content!)
  expect(opened).not.toBeNull()
  // weapp hands the page `scene` URL-encoded in its query (getUnlimitedQRCode doc: "scene 需要使用 decodeURIComponent").
  return { page: opened!.page, query: { scene: encodeURIComponent(opened!.scene) } }
}

describe('posters.make', () => {
  it('an event poster: title, Shanghai time, place and seats; its code opens the event page for that event', async () => {
    // A CloudBase-generated id is 32 hex characters: the longest a scene may be.
    const [event] = await cloud.store.find('events', { _id: 'ev-demo-market' })
    const id = randomBytes(16).toString('hex')
    await cloud.store.insertOne('events', {
      ...event,
      _id: id,
      title: '周末惠民集市',
      capacity: 40,
      seatsTaken: 38,
      startAt: new Date('2026-12-05T01:30:00Z'),
      endAt: new Date('2026-12-05T04:00:00Z'),
    })
    const poster = await make({ kind: 'event', id })
    expect(poster).toMatchObject({ kind: 'event', title: '周末惠民集市' })
    expect(poster.lines).toEqual(expect.arrayContaining(['时间：2026-12-05 09:30 – 12:00', '名额：共 40 个，剩余 2 个']))
    expect(poster.lines.some((l) => l.startsWith('地点：') && l.includes((event as any).place.name))).toBe(true)

    const { page, query } = scan(poster)
    expect(page).toBe('features/events/subpages/detail/index')
    expect(ALL_PAGES).toContain(page)
    const opened = await cloud.callOk('events.get', { id: recordIdFromPageParams(query) ?? 'no id in the scanned code' }, 'demo-resident')
    expect(opened).toMatchObject({ id, title: '周末惠民集市' })
  })

  it('a project poster opens the project page for that project', async () => {
    const project = (await cloud.store.find('projects', {}))[0] as any
    const poster = await make({ kind: 'project', id: project._id })
    expect(poster.title).toBe(project.name)
    const { page, query } = scan(poster)
    expect(page).toBe('features/projects/subpages/detail/index')
    expect(ALL_PAGES).toContain(page)
    expect(recordIdFromPageParams(query)).toBe(project._id)
  })

  it('the shop-window poster "扫码找最近的驿站" opens the station list (a tab page)', async () => {
    const poster = await make({ kind: 'stations' })
    expect(poster.title).toBe('扫码找最近的驿站')
    expect(scan(poster).page).toBe('features/stations/pages/list/index')
  })

  it('refuses a draft or a QR-only event (CONFLICT), an unknown one (NOT_FOUND), a missing id (INVALID_INPUT naming 编号)', async () => {
    expect(await cloud.call('posters.make', { kind: 'event', id: 'ev-demo-stage' }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const [event] = await cloud.store.find('events', { _id: 'ev-demo-market' })
    await cloud.store.insertOne('events', { ...event, _id: 'ev-poster-draft', status: 'draft' })
    expect(await cloud.call('posters.make', { kind: 'event', id: 'ev-poster-draft' }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await cloud.call('posters.make', { kind: 'event', id: 'ev-nowhere' }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await cloud.call('posters.make', { kind: 'event' }, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('编号') },
    })
    expect(await cloud.call('posters.make', { kind: 'event', id: 'x'.repeat(33) }, 'demo-staff')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('编号') },
    })
  })

  it('is for staff: a resident is refused', async () => {
    expect(await cloud.call('posters.make', { kind: 'stations' }, 'demo-resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
