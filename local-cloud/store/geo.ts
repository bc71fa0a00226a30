/**
 * Spherical geometry for the geo operators mingo lacks. Distances follow MongoDB's 2dsphere
 * (a sphere of radius 6378100 m). Polygon containment treats edges as straight lines in
 * lng/lat, which is close enough for neighbourhood-sized polygons.
 */
import { unsupported, invalid } from './errors'

export const EARTH_RADIUS_M = 6378100
type LngLat = [number, number]
type Ring = LngLat[]

const toRad = (d: number) => (d * Math.PI) / 180

export function haversineMetres(a: LngLat, b: LngLat): number {
  const dLat = toRad(b[1] - a[1])
  const dLng = toRad(b[0] - a[0])
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a[1])) * Math.cos(toRad(b[1])) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Coordinates of a stored GeoJSON Point, undefined when the field holds no geometry, throws on other geometries. */
export function pointOf(value: unknown): LngLat | undefined {
  if (value === null || value === undefined) return undefined
  const v = value as { type?: unknown; coordinates?: unknown }
  if (v.type === 'Point' && Array.isArray(v.coordinates)) return [Number(v.coordinates[0]), Number(v.coordinates[1])]
  if (typeof v.type === 'string') throw unsupported(`geo query on a stored ${v.type}`, 'only Point fields are supported')
  return undefined
}

export function queryPoint(geometry: unknown, op: string): LngLat {
  const p = geometry as { type?: unknown; coordinates?: unknown }
  if (!p || p.type !== 'Point' || !Array.isArray(p.coordinates)) {
    throw invalid(`${op} needs a GeoJSON Point ($geometry / near), got ${JSON.stringify(geometry)}`)
  }
  return [Number(p.coordinates[0]), Number(p.coordinates[1])]
}

function inRing(pt: LngLat, ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const inPolygon = (pt: LngLat, rings: Ring[]) => inRing(pt, rings[0]) && !rings.slice(1).some((h) => inRing(pt, h))

/** Does the point lie in (or on) the query geometry? */
export function pointWithinGeometry(pt: LngLat, geometry: { type?: string; coordinates?: unknown }): boolean {
  switch (geometry?.type) {
    case 'Polygon':
      return inPolygon(pt, geometry.coordinates as Ring[])
    case 'MultiPolygon':
      return (geometry.coordinates as Ring[][]).some((poly) => inPolygon(pt, poly))
    case 'Point': {
      const q = geometry.coordinates as LngLat
      return q[0] === pt[0] && q[1] === pt[1]
    }
    default:
      throw unsupported(`geometry ${geometry?.type}`, 'use Point, Polygon or MultiPolygon')
  }
}

export interface NearSpec {
  point: LngLat
  min: number
  max: number
}

/** Accepts the SDK's `{ $geometry, $maxDistance, $minDistance }` form (metres). */
export function parseNear(op: string, value: unknown): NearSpec {
  const v = value as { $geometry?: unknown; $maxDistance?: number; $minDistance?: number }
  if (!v || typeof v !== 'object' || Array.isArray(v) || !v.$geometry) {
    throw unsupported(`${op} without $geometry`, 'legacy coordinate pairs are not supported')
  }
  return { point: queryPoint(v.$geometry, op), min: v.$minDistance ?? 0, max: v.$maxDistance ?? Infinity }
}
