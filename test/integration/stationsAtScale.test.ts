import { openState } from '@/cloudfunctions/api/stations/openingHours'
import type { Amenity } from '@/types/stations.vocab'
import { haversineM } from '../helpers/haversine'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { randomPosition, randomStations, seededRandom } from '../helpers/randomStations'

const STATIONS = randomStations(10_000)
const NOW = new Date('2026-11-27T21:30:00+08:00')

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.store.insertMany('stations', STATIONS)
  cloud.setNow(NOW)
}, 60_000)
afterAll(() => cloud?.stop())

function bruteForce(at: { lat: number; lng: number }, radiusKm: number, limit: number, openNow: boolean, amenities: Amenity[]) {
  return STATIONS.map((s) => ({ s, d: haversineM(at, { lat: s.location.coordinates[1], lng: s.location.coordinates[0] }) }))
    .filter(({ d }) => d <= radiusKm * 1000)
    .filter(({ s }) => !openNow || openState(s.hours, NOW).openNow)
    .filter(({ s }) => amenities.every((a) => s.amenities.includes(a)))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
}

describe('stations.nearby over 10,000 stations', () => {
  const random = seededRandom(7)
  const cases = Array.from({ length: 12 }, (_, i) => ({
    at: randomPosition(random),
    radiusKm: [1, 3, 10, 50][i % 4],
    limit: [20, 100][i % 2],
    openNow: i % 3 === 0,
    amenities: (i % 4 === 1 ? ['charging', 'water'] : []) as Amenity[],
  }))

  it.each(cases.map((c, i) => [i, c] as const))('query %i equals the brute-force haversine ordering', async (_i, c) => {
    const res = await cloud.call(
      'stations.nearby',
      { lat: c.at.lat, lng: c.at.lng, radiusKm: c.radiusKm, limit: c.limit, openNow: c.openNow, amenities: c.amenities },
      'demo-courier',
    )
    if (!res.ok) throw new Error(res.error.message)
    const expected = bruteForce(c.at, c.radiusKm, c.limit, c.openNow, c.amenities)
    expect(res.data.stations.map((s) => s.id)).toEqual(expected.map((e) => e.s._id))
    res.data.stations.forEach((s, i) => expect(Math.abs((s.distanceM ?? -1) - expected[i].d)).toBeLessThanOrEqual(1))
  })
})
