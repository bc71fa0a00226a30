// Many believable stations scattered round the block, from a seeded generator so every run sees the same town.
import { stationDoc, type StationDoc } from '@/cloudfunctions/api/stations/stationDoc'
import type { OpeningHours } from '@/types/stations'
import { AMENITIES, BLOCK_CENTRE } from '@/types/stations.vocab'

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HOURS: OpeningHours[] = [
  { always: true, periods: [] },
  { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '20:00' }] },
  { periods: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }] },
  { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '18:00', close: '06:00' }] },
]

/** `count` stations within roughly `spreadKm` of the block centre. */
export function randomStations(count: number, seed = 42, spreadKm = 20): StationDoc[] {
  const random = seededRandom(seed)
  const degLat = spreadKm / 111
  const degLng = spreadKm / (111 * Math.cos((BLOCK_CENTRE.lat * Math.PI) / 180))
  const now = new Date('2026-11-01T00:00:00Z')
  return Array.from({ length: count }, (_, i) => {
    const lat = BLOCK_CENTRE.lat + (random() * 2 - 1) * degLat
    const lng = BLOCK_CENTRE.lng + (random() * 2 - 1) * degLng
    return stationDoc(
      {
        _id: `rand-${i}`,
        kind: 'station',
        name: `驿站 ${i}`,
        address: `测试路 ${i} 号`,
        location: { type: 'Point', coordinates: [lng, lat] },
        phone: null,
        hours: HOURS[Math.floor(random() * HOURS.length)],
        amenities: AMENITIES.filter(() => random() < 0.5),
        description: '',
      },
      now,
    )
  })
}

/** A position somewhere inside the scattered area. */
export function randomPosition(random: () => number, spreadKm = 15): { lat: number; lng: number } {
  const degLat = spreadKm / 111
  const degLng = spreadKm / (111 * Math.cos((BLOCK_CENTRE.lat * Math.PI) / 180))
  return {
    lat: BLOCK_CENTRE.lat + (random() * 2 - 1) * degLat,
    lng: BLOCK_CENTRE.lng + (random() * 2 - 1) * degLng,
  }
}
