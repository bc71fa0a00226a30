import { nearbyInput } from '@/types/stations'
import { DEFAULT_LIMIT, DEFAULT_RADIUS_KM } from '@/types/stations.vocab'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { aggregateDocs } from '../core/db'
import { dayKind } from './holidayCalendar'
import { MINUTES_PER_DAY, shanghaiDay } from './openingHours'
import { toStationView, type ListedStation } from './stationDoc'

/**
 * "Open now" as part of the geo query: not suspended, and the weekly intervals hold this minute of the clock the
 * day keeps (`clockWeekday` in openingHours.ts): on a public holiday a station keeps its own weekday's clock,
 * Sunday's or none, by its `hours.onPublicHoliday`; on a make-up working day its own or Monday's. A missing rule
 * field means 'usual' (`$nin` / `$ne` match a missing field in MongoDB, which CloudBase's database is).
 */
export function openNowQuery(now: Date): object {
  const { date, weekday, minuteOfDay } = shanghaiDay(now)
  const openAt = (clock: number) => {
    const m = clock * MINUTES_PER_DAY + minuteOfDay
    return { openIntervals: _.elemMatch({ from: _.lte(m), to: _.gt(m) }) }
  }
  const kind = dayKind(date, weekday)
  const hoursOpen =
    kind === 'publicHoliday'
      ? _.or([_.and([{ 'hours.onPublicHoliday': _.nin(['closed', 'weekend']) }, openAt(weekday)]), _.and([{ 'hours.onPublicHoliday': 'weekend' }, openAt(0)])])
      : kind === 'makeUpWorkday'
        ? _.or([_.and([{ 'hours.onMakeUpWorkday': _.neq('weekday') }, openAt(weekday)]), _.and([{ 'hours.onMakeUpWorkday': 'weekday' }, openAt(1)])])
        : openAt(weekday)
  return _.and([{ status: _.neq('suspended') }, hoursOpen])
}

/** Fields of a station the rider's list never reads (toStationView): derived for queries, or for imports. */
const LISTED_ONLY = { openIntervals: 0, matchKey: 0, externalId: 0, updatedAt: 0 } as const

/**
 * Nearest stations first, in one geo query: a `geoNear` stage (2dsphere index on `location`) with the kind,
 * amenity and open-now filters inside it. The rider's position is used for this query only, never stored.
 * Without `kinds`, shelters and courier storage points join the stations while an emergency is in force (their
 * `shownDuring` windows, kept in step with the notices, make that part of the same query).
 */
export const nearbyStations = defineAction({
  name: 'stations.nearby',
  input: nearbyInput,
  caller: 'lazy',
  async handle({ input, now }) {
    const radiusKm = input.radiusKm ?? DEFAULT_RADIUS_KM
    const filters: object[] = [
      { status: _.neq('archived') },
      input.kinds
        ? { kind: _.in(input.kinds) }
        : _.or([{ kind: 'station' }, { kind: _.in(['shelter', 'storage']), shownDuring: _.elemMatch({ from: _.lte(now), until: _.gt(now) }) }]),
    ]
    if (input.amenities?.length) filters.push({ amenities: _.all(input.amenities) })
    if (input.openNow) filters.push(openNowQuery(now))
    const list = await aggregateDocs<ListedStation>(
      db
        .collection('stations')
        .aggregate()
        .geoNear({
          near: new db.Geo.Point(input.lng, input.lat),
          spherical: true,
          distanceField: 'distanceM',
          maxDistance: radiusKm * 1000,
          query: _.and(filters),
          key: 'location',
        })
        .limit(input.limit ?? DEFAULT_LIMIT)
        // What the list does not show stays in the database: a third less to send and decode per station.
        .project(LISTED_ONLY),
    )
    return {
      stations: list.map((doc) => toStationView(doc, now)),
      centre: { lat: input.lat, lng: input.lng },
      radiusKm,
      emergency: list.some((doc) => doc.kind !== 'station') && !input.kinds,
    }
  },
})
