import { nearbyPositionsInput } from '@/types/positions'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { aggregateDocs } from '../core/db'
import { toPositionView, type PositionDoc } from './positionDoc'

const DEFAULT_LIMIT = 3
/** A contact card names the nearest positions of the street, however far the person stands. */
const MAX_DISTANCE_M = 50_000

/** The contact card: nearest service positions first (one geoNear; the position asked about is not stored). */
export const nearbyPositions = defineAction({
  name: 'positions.nearby',
  input: nearbyPositionsInput,
  async handle({ input }) {
    const docs = await aggregateDocs<PositionDoc & { distanceM: number }>(
      db
        .collection('positions')
        .aggregate()
        .geoNear({
          near: new db.Geo.Point(input.lng, input.lat),
          spherical: true,
          distanceField: 'distanceM',
          maxDistance: MAX_DISTANCE_M,
          key: 'location',
        })
        .limit(input.limit ?? DEFAULT_LIMIT),
    )
    return { positions: docs.map(toPositionView) }
  },
})
