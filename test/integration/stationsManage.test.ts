// 驿站管理 through the local cloud: staff create, edit, suspend (riders see why and until when), reopen, archive.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { SaveStationInput } from '@/types/stationsManage'

const STAFF = 'manage-staff'
const RIDER = 'manage-rider'
/** Friday 2026-11-27 12:00 in Shanghai. */
const NOON = new Date('2026-11-27T12:00:00+08:00')
const HERE = { lat: 31.2049, lng: 121.4251 }

const draft: SaveStationInput = {
  name: '路口红色驿站',
  address: '长宁区新华路 300 号',
  ...HERE,
  hours: { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '20:00' }] },
  amenities: ['water', 'charging'],
  phone: '021-62800001',
  description: '路口的驿站',
  photos: [],
}

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.store.insertMany('users', [{ _id: STAFF, roles: ['resident', 'staff'], nickname: '网格员', createdAt: new Date() }])
  cloud.setNow(NOON)
})
afterAll(() => cloud?.stop())

const nearby = (openNow = false) => cloud.callOk('stations.nearby', { ...HERE, radiusKm: 1, openNow }, RIDER)
const listed = async (openNow = false) => (await nearby(openNow)).stations.map((s) => s.name)

describe('驿站管理', () => {
  let id: string

  it('creates a station riders then find open', async () => {
    const created = await cloud.callOk('stations.save', draft, STAFF)
    id = created.id
    expect(created).toMatchObject({ name: '路口红色驿站', status: 'active', openNow: true, closure: null, hoursText: '每天 08:00–20:00' })
    expect(await listed(true)).toEqual(['路口红色驿站'])
  })

  it('edits it in place, keeping its id', async () => {
    const edited = await cloud.callOk('stations.save', { ...draft, id, name: '路口驿站', amenities: ['water', 'toilet'] }, STAFF)
    expect(edited).toMatchObject({ id, name: '路口驿站', amenities: ['water', 'toilet'] })
    expect(await cloud.store.find('stations', {})).toHaveLength(1)
  })

  it('suspends it with a reason and an expected reopening: listed as closed with both, left out of open now', async () => {
    const suspended = await cloud.callOk('stations.suspend', { id, reason: '饮水机维修', expectedReopenOn: '2026-12-03' }, STAFF)
    expect(suspended).toMatchObject({
      status: 'suspended',
      openNow: false,
      closure: { reason: '饮水机维修', expectedReopenAt: new Date('2026-12-03T00:00:00+08:00').toISOString() },
    })
    const rider = (await nearby()).stations[0]
    expect(rider).toMatchObject({ status: 'suspended', openNow: false, closure: { reason: '饮水机维修' } })
    expect(await listed(true)).toEqual([])
  })

  it('refuses a reopening date in the past or not a date', async () => {
    for (const expectedReopenOn of ['2026-11-26', '2026-02-30']) {
      const res = await cloud.call('stations.suspend', { id, reason: '维修', expectedReopenOn }, STAFF)
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
  })

  it('reopens it', async () => {
    const reopened = await cloud.callOk('stations.reopen', { id }, STAFF)
    expect(reopened).toMatchObject({ status: 'active', closure: null, openNow: true })
    expect(await listed(true)).toEqual(['路口驿站'])
  })

  it('archives it: riders no longer see it, staff find it in the archive', async () => {
    await cloud.callOk('stations.archive', { id }, STAFF)
    expect(await listed()).toEqual([])
    const current = await cloud.callOk('stations.listManaged', {}, STAFF)
    expect(current.stations).toEqual([])
    const archive = await cloud.callOk('stations.listManaged', { status: 'archived' }, STAFF)
    expect(archive.stations.map((s) => s.id)).toEqual([id])
  })
})

describe('即将打烊', () => {
  it('marks an open station closing within 30 minutes, and not one closing later', async () => {
    await cloud.callOk(
      'stations.save',
      { ...draft, name: '早关驿站', address: '长宁区新华路 301 号', hours: { periods: [{ days: [5], open: '08:00', close: '12:30' }] } },
      STAFF,
    )
    await cloud.callOk(
      'stations.save',
      { ...draft, name: '晚关驿站', address: '长宁区新华路 302 号', hours: { periods: [{ days: [5], open: '08:00', close: '12:31' }] } },
      STAFF,
    )
    const { stations } = await nearby(true)
    const byName = Object.fromEntries(stations.map((s) => [s.name, s]))
    expect(byName['早关驿站'].closingSoon).toBe(true)
    expect(byName['晚关驿站'].closingSoon).toBe(false)
  })
})
