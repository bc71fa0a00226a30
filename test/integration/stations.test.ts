import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { postRaw, readTree } from '../helpers/raw'
import { haversineM } from '../helpers/haversine'
import { demoStations } from '@/seed/stations'
import type { NearbyResult, StationView } from '@/types/stations'
import { BLOCK_CENTRE } from '@/types/stations.vocab'
import type { ActionInput } from '@/types/actions'

/** Friday 2026-11-27 12:00 in Shanghai. */
const NOON = new Date('2026-11-27T12:00:00+08:00')
const THREE_AM = new Date('2026-11-27T03:00:00+08:00')

let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  await cloud.setNow(NOON)
})
afterAll(() => cloud?.stop())

async function nearby(data: ActionInput<'stations.nearby'>, openid = 'demo-courier'): Promise<NearbyResult> {
  const res = await cloud.call('stations.nearby', data, openid)
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`)
  return res.data as NearbyResult
}

describe('stations.nearby', () => {
  it('lists stations nearest first with the distance a brute-force haversine gives', async () => {
    const { stations } = await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 5, limit: 50 })
    const expected = demoStations
      .map((s) => ({ id: s._id, d: haversineM(BLOCK_CENTRE, { lat: s.location.coordinates[1], lng: s.location.coordinates[0] }) }))
      .filter((s) => s.d <= 5000)
      .sort((a, b) => a.d - b.d)
    expect(stations.map((s) => s.id)).toEqual(expected.map((s) => s.id))
    stations.forEach((s, i) => expect(Math.abs((s.distanceM ?? -1) - expected[i].d)).toBeLessThanOrEqual(1))
  })

  it('keeps to the radius and the limit', async () => {
    const { stations, radiusKm } = await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 0.5 })
    expect(radiusKm).toBe(0.5)
    expect(stations.length).toBeGreaterThan(0)
    expect(stations.every((s) => (s.distanceM ?? Infinity) <= 500)).toBe(true)
    const limited = await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 50, limit: 3 })
    expect(limited.stations).toHaveLength(3)
  })

  it('filters to stations open now, and a closed one says when it opens', async () => {
    await cloud.setNow(THREE_AM)
    try {
      const all = await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 5, limit: 50 })
      const open = await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 5, limit: 50, openNow: true })
      expect(open.stations.length).toBeGreaterThan(0)
      expect(open.stations.length).toBeLessThan(all.stations.length)
      expect(open.stations.every((s) => s.openNow)).toBe(true)
      expect(open.stations.map((s) => s.id)).toEqual(all.stations.filter((s) => s.openNow).map((s) => s.id))
      // the overnight station (18:00–06:00) is open at 03:00; the daytime one is not and opens at 07:00
      expect(open.stations.map((s) => s.id)).toContain('st-xinhua-04')
      const daytime = all.stations.find((s) => s.id === 'st-xinhua-02') as StationView
      expect(daytime.openNow).toBe(false)
      expect(daytime.nextOpeningAt).toBe(new Date('2026-11-27T07:00:00+08:00').toISOString())
    } finally {
      await cloud.setNow(NOON)
    }
  })

  it('filters by amenities: every asked amenity must be there', async () => {
    const { stations } = await nearby({
      lat: BLOCK_CENTRE.lat,
      lng: BLOCK_CENTRE.lng,
      radiusKm: 5,
      limit: 50,
      amenities: ['toilet', 'firstaid'],
    })
    expect(stations.length).toBeGreaterThan(0)
    for (const s of stations) expect(s.amenities).toEqual(expect.arrayContaining(['toilet', 'firstaid']))
    const withBoth = demoStations.filter((s) => s.amenities.includes('toilet') && s.amenities.includes('firstaid'))
    expect(stations.length).toBeLessThanOrEqual(withBoth.length)
  })

  it('answers an empty list far from every station', async () => {
    const { stations } = await nearby({ lat: 39.9, lng: 116.4, radiusKm: 3 })
    expect(stations).toEqual([])
  })

  it('asks the database once: one geoNear, nothing else but the caller lookup every action makes', async () => {
    const store = cloud.store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
    const calls: string[] = []
    const originals = Object.fromEntries(['find', 'count', 'aggregate'].map((name) => [name, store[name]]))
    for (const name of Object.keys(originals)) {
      store[name] = (collection: unknown, ...rest: unknown[]) => {
        calls.push(`${name}:${collection}`)
        return originals[name].call(cloud.store, collection, ...rest)
      }
    }
    try {
      await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, openNow: true, amenities: ['water'] })
    } finally {
      Object.assign(store, originals)
    }
    expect(calls.filter((c) => !c.startsWith('find:users'))).toEqual(['aggregate:stations'])
  })

  it('never stores the position it was asked about: a search writes nothing at all', async () => {
    const before = readTree(cloud.dataDir)
    await nearby({ lat: 31.20713, lng: 121.42389 })
    await nearby({ lat: 31.20713, lng: 121.42389, openNow: true, amenities: ['water'] }, 'demo-resident')
    const after = readTree(cloud.dataDir)
    expect(after).toBe(before)
    expect(after).not.toContain('31.20713')
  })
})

describe('stations.get', () => {
  it('returns one station with hours and open state', async () => {
    const res = await cloud.call('stations.get', { id: 'st-xinhua-01' }, 'demo-courier')
    expect(res.ok).toBe(true)
    const station = (res as { data: StationView }).data
    expect(station).toMatchObject({ id: 'st-xinhua-01', name: '新华路红色驿站', openNow: true, hoursText: '24 小时' })
  })

  it('says NOT_FOUND for an unknown id', async () => {
    const res = await cloud.call('stations.get', { id: 'nope' }, 'demo-courier')
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } })
  })
})

describe('bad input', () => {
  const cases: Array<[string, unknown]> = [
    ['latitude out of range', { action: 'stations.nearby', data: { lat: 200, lng: 121 } }],
    ['a string for a number', { action: 'stations.nearby', data: { lat: '31', lng: 121 } }],
    ['an unknown amenity', { action: 'stations.nearby', data: { lat: 31, lng: 121, amenities: ['pool'] } }],
    ['an extra field', { action: 'stations.nearby', data: { lat: 31, lng: 121, openid: 'someone-else' } }],
    ['a negative radius', { action: 'stations.nearby', data: { lat: 31, lng: 121, radiusKm: -1 } }],
    ['a missing id', { action: 'stations.get', data: {} }],
    ['an unknown action', { action: 'stations.explode', data: {} }],
    ['no action at all', { data: {} }],
    ['an action that is not a string', { action: 42 }],
  ]

  it.each(cases)('%s gets INVALID_INPUT with a readable message, and the server keeps serving', async (_name, body) => {
    const res = await postRaw(cloud.url, body, 'demo-courier')
    expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/\S{4,}/) } })
    const after = await nearby({ lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng })
    expect(after.stations.length).toBeGreaterThan(0)
  })

  it('a call with no WeChat identity is UNAUTHENTICATED', async () => {
    const res = await cloud.call('stations.nearby', { lat: 31, lng: 121 }, '')
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
