import { nearbyInput } from '../../../types/stations'
import { DEFAULT_LIMIT, DEFAULT_RADIUS_KM } from '../../../types/stations.vocab'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { aggregateDocs } from '../core/db'
import { minuteOfWeek } from './openingHours'
import { toStationView, type StationDoc } from './stationDoc'

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
      input.kinds
        ? { kind: _.in(input.kinds) }
        : _.or([{ kind: 'station' }, { kind: _.in(['shelter', 'storage']), shownDuring: _.elemMatch({ from: _.lte(now), until: _.gt(now) }) }]),
    ]
    if (input.amenities?.length) filters.push({ amenities: _.all(input.amenities) })
    if (input.openNow) {
      const m = minuteOfWeek(now)
      filters.push({ openIntervals: _.elemMatch({ from: _.lte(m), to: _.gt(m) }) })
    }
    const list = await aggregateDocs<StationDoc>(
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
        .limit(input.limit ?? DEFAULT_LIMIT),
    )
    return {
      stations: list.map((doc) => toStationView(doc, now)),
      centre: { lat: input.lat, lng: input.lng },
      radiusKm,
      emergency: list.some((doc) => doc.kind !== 'station') && !input.kinds,
    }
  },
})
