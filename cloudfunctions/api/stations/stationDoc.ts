import type { OpeningHours, StationView } from '../../../types/stations'
import type { Amenity, StationKind } from '../../../types/stations.vocab'
import { pointLngLat, type GeoPoint } from '../core/geo'
import { hoursText } from './hoursText'
import { openState, weekIntervals, type WeekInterval } from './openingHours'

/** A station as stored in the `stations` collection. */
export interface StationDoc {
  _id: string
  /** A red rest station, or a temporary shelter / courier storage point listed during emergencies. */
  kind: StationKind
  name: string
  address: string
  /** GeoJSON point, longitude first; carries the 2dsphere index. */
  location: GeoPoint
  phone: string | null
  hours: OpeningHours
  /** Derived from `hours` on every write, so "open now" is part of the geo query. */
  openIntervals: WeekInterval[]
  amenities: Amenity[]
  description: string
  /**
   * Shelters and storage points only: the emergencies' time windows, copied from the notices whenever they change,
   * so "listed during an emergency" is part of the one geo query rather than a second read.
   */
  shownDuring?: EmergencyWindow[]
  updatedAt: Date
}

export interface EmergencyWindow {
  from: Date
  until: Date
}

export type StationFields = Omit<StationDoc, 'openIntervals' | 'updatedAt' | 'kind'> & { kind?: StationKind }

/** Everything a write stores, with the derived fields filled in (a place with no kind is a station). */
export function stationDoc(fields: StationFields, now: Date): StationDoc {
  const kind = fields.kind ?? 'station'
  return {
    ...fields,
    kind,
    ...(kind === 'station' ? {} : { shownDuring: fields.shownDuring ?? [] }),
    openIntervals: weekIntervals(fields.hours),
    updatedAt: now,
  }
}

export function toStationView(doc: StationDoc & { distanceM?: number }, now: Date): StationView {
  const [lng, lat] = pointLngLat(doc.location)
  const state = openState(doc.hours, now)
  const view: StationView = {
    id: doc._id,
    kind: doc.kind ?? 'station',
    name: doc.name,
    address: doc.address,
    lat,
    lng,
    phone: doc.phone ?? null,
    hours: doc.hours,
    hoursText: hoursText(doc.hours),
    amenities: doc.amenities,
    description: doc.description ?? '',
    openNow: state.openNow,
    nextOpeningAt: state.nextOpeningAt?.toISOString() ?? null,
    closesAt: state.closesAt?.toISOString() ?? null,
  }
  if (typeof doc.distanceM === 'number') view.distanceM = Math.round(doc.distanceM)
  return view
}
