import type { OpeningHours, StationView } from '@/types/stations'
import { CLOSING_SOON_MINUTES, type Amenity, type StationKind, type StationStatus } from '@/types/stations.vocab'
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
  /** Absent means 'active' (stations written before statuses existed). */
  status?: StationStatus
  /** While suspended: the reason riders see and the expected reopening. */
  closure?: StationClosure | null
  /** Cloud storage fileIDs. */
  photos?: string[]
  /** 区 from an imported list (e.g. "长宁区"). */
  district?: string
  /** The source list's own id, when an import gave one: decides update vs add on the next import. */
  externalId?: string | null
  /** Normalised name + address: decides update vs add when there is no external id (see imports/stations). */
  matchKey?: string
  updatedAt: Date
}

export interface StationClosure {
  reason: string
  expectedReopenAt: Date | null
  since: Date
}

export interface EmergencyWindow {
  from: Date
  until: Date
}

export type StationFields = Omit<StationDoc, 'openIntervals' | 'updatedAt' | 'kind' | 'matchKey'> & { kind?: StationKind }

/** Name + address with spaces and punctuation dropped and letters folded: "新华路 211号" = "新华路211 号". */
export function stationMatchKey(name: string, address: string): string {
  const fold = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, '')
  return `${fold(name)}|${fold(address)}`
}

/** Everything a write stores, with the derived fields filled in (a place with no kind is a station). */
export function stationDoc(fields: StationFields, now: Date): StationDoc {
  const kind = fields.kind ?? 'station'
  return {
    ...fields,
    kind,
    ...(kind === 'station' ? {} : { shownDuring: fields.shownDuring ?? [] }),
    openIntervals: weekIntervals(fields.hours),
    matchKey: stationMatchKey(fields.name, fields.address),
    updatedAt: now,
  }
}

/** A station as a list reads it: the fields only queries and imports use are left in the database. */
export type ListedStation = Omit<StationDoc, 'openIntervals' | 'matchKey' | 'externalId' | 'updatedAt'>

export function toStationView(doc: ListedStation & { distanceM?: number }, now: Date): StationView {
  const [lng, lat] = pointLngLat(doc.location)
  const status = doc.status ?? 'active'
  const suspended = status !== 'active'
  const state = suspended ? { openNow: false, nextOpeningAt: null, closesAt: null } : openState(doc.hours, now)
  const closingSoon = !!state.closesAt && state.closesAt.getTime() - now.getTime() <= CLOSING_SOON_MINUTES * 60_000
  const view: StationView = {
    id: doc._id,
    kind: doc.kind ?? 'station',
    name: doc.name,
    address: doc.address,
    ...(doc.district ? { district: doc.district } : {}),
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
    status,
    closure:
      doc.closure && status === 'suspended'
        ? { reason: doc.closure.reason, expectedReopenAt: doc.closure.expectedReopenAt ? new Date(doc.closure.expectedReopenAt).toISOString() : null }
        : null,
    closingSoon,
    photos: doc.photos ?? [],
  }
  if (typeof doc.distanceM === 'number') view.distanceM = Math.round(doc.distanceM)
  return view
}
