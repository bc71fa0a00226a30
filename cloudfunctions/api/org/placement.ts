// Which block a point belongs to: inside a block's boundary first, else the nearest block centre (pure).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import type { BlockDoc } from './orgDocs'

const EARTH_M = 6371008.8

/** Great-circle distance in metres between two WGS-84 points. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** True when the point lies inside the block's boundary polygon (false when it has none). */
export function insideBoundary(block: Pick<BlockDoc, 'boundary'>, point: { lat: number; lng: number }): boolean {
  const ring = block.boundary
  if (!ring || ring.length < 3) return false
  const coords = ring.map((c) => [c.lng, c.lat])
  coords.push(coords[0])
  return booleanPointInPolygon([point.lng, point.lat], { type: 'Polygon', coordinates: [coords] })
}

/**
 * The block a point belongs to: one whose boundary contains it, else the one whose centre is nearest.
 * Answers null when there are no blocks. `distanceM` is to the chosen block's centre.
 */
export function blockForPoint<B extends Pick<BlockDoc, 'boundary' | 'centre'>>(
  blocks: readonly B[],
  point: { lat: number; lng: number },
): { block: B; distanceM: number } | null {
  const inside = blocks.find((b) => insideBoundary(b, point))
  if (inside) return { block: inside, distanceM: distanceM(inside.centre, point) }
  let best: { block: B; distanceM: number } | null = null
  for (const block of blocks) {
    const d = distanceM(block.centre, point)
    if (!best || d < best.distanceM) best = { block, distanceM: d }
  }
  return best
}
