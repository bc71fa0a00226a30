import type { PositionView } from '@/types/positions'
import { pointLngLat, type GeoPoint } from '../core/geo'

/** A party-mass service position (党群阵地) in `positions` (2dsphere index on `location`). */
export interface PositionDoc {
  _id: string
  name: string
  address: string
  location: GeoPoint
  hours: string
  /** The position's public service number. */
  phone: string | null
  /** Featured activities (特色活动) the contact card lists. */
  featured: string[]
  updatedAt: Date
}

export function toPositionView(doc: PositionDoc & { distanceM?: number }): PositionView {
  const [lng, lat] = pointLngLat(doc.location)
  const view: PositionView = {
    id: doc._id,
    name: doc.name,
    address: doc.address,
    lat,
    lng,
    hours: doc.hours,
    phone: doc.phone ?? null,
    featured: doc.featured ?? [],
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
  if (typeof doc.distanceM === 'number') view.distanceM = Math.round(doc.distanceM)
  return view
}
