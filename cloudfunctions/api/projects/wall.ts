import { noInput, perksNearInput } from '@/types/projects'
import { ON_WALL_STATUSES, PERKS_NEAR_RADIUS_M } from '@/types/projects.vocab'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { aggregateDocs, allDocs } from '../core/db'
import type { ShopDoc } from '../shops/shopDoc'
import type { ClaimDoc } from './projectDoc'
import { claims } from './store'
import { wallShops } from './wallShops'

const onWallWhere = (extra: object = {}) => ({ ...extra, status: _.in([...ON_WALL_STATUSES]) })

/** The 好店家 wall: every shop with an approved or active claim, its perks and where it is. */
export const wall = defineAction({
  name: 'projects.wall',
  input: noInput,
  async handle() {
    const onWall = await allDocs<ClaimDoc>((skip, limit) =>
      claims().where(onWallWhere()).orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip(skip).limit(limit),
    )
    return { shops: await wallShops(onWall) }
  },
})

/** Shops with perks near a point (a station), nearest first: one geoNear on shops, then their on-wall claims. */
export const perksNear = defineAction({
  name: 'projects.perksNear',
  input: perksNearInput,
  async handle({ input }) {
    const near = await aggregateDocs<ShopDoc & { distanceM: number }>(
      db
        .collection('shops')
        .aggregate()
        .geoNear({
          near: new db.Geo.Point(input.lng, input.lat),
          spherical: true,
          distanceField: 'distanceM',
          maxDistance: input.radiusM ?? PERKS_NEAR_RADIUS_M,
          key: 'location',
        })
        .limit(100),
    )
    if (near.length === 0) return { shops: [] }
    const onWall = await allDocs<ClaimDoc>((skip, limit) =>
      claims()
        .where(onWallWhere({ shopId: _.in(near.map((s) => s._id)) }))
        .orderBy('_id', 'asc')
        .skip(skip)
        .limit(limit),
    )
    return { shops: await wallShops(onWall, near) }
  },
})
