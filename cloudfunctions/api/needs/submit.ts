import { submitNeedInput } from '@/types/needs'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { loadShop } from '../shops/membership'
import { loadUser } from '../core/caller'
import type { OrgPlace } from '../org/orgDocs'
import type { NeedDoc } from './needDoc'
import { deadlineFor } from './rules'
import { needs, viewFor } from './store'

export interface NewNeed {
  submitterOpenid: string
  category: NeedDoc['category']
  description: string
  photos?: string[]
  place?: string
  stationId?: string
  shopId?: string
  visitId?: string
}

/** Creates a need at the first whistle, its first history step included. Shared with visits.log. */
export async function createNeed(fields: NewNeed, now: Date): Promise<NeedDoc> {
  const station = fields.stationId ? await firstDoc<{ _id: string; name: string }>(db.collection('stations').where({ _id: fields.stationId }).limit(1)) : null
  if (fields.stationId && !station) throw notFound('没有找到这个驿站')
  const shop = fields.shopId ? await loadShop(fields.shopId) : null
  const place = await needPlace(shop, fields.submitterOpenid)
  const doc: Omit<NeedDoc, '_id'> & OrgPlace = {
    ...place,
    submitterOpenid: fields.submitterOpenid,
    category: fields.category,
    description: fields.description,
    photos: fields.photos ?? [],
    place: fields.place || null,
    stationId: station?._id ?? null,
    stationName: station?.name ?? null,
    shopId: shop?._id ?? null,
    shopName: shop?.name ?? null,
    grid: shop?.grid ?? null,
    visitId: fields.visitId ?? null,
    level: 1,
    status: 'submitted',
    assigneeOpenid: null,
    deadline: deadlineFor(1, now),
    levelSince: now,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
    rating: null,
    history: [
      { step: 'submit', at: now, by: fields.submitterOpenid, role: fields.visitId ? 'staff' : 'submitter', note: fields.visitId ? '走访中发现' : null },
    ],
  }
  const { _id } = (await needs().add({ data: doc })) as { _id: string }
  return { _id, ...doc }
}

/** A need sits in its shop's block, else in the submitter's home block, else nowhere yet (issue 16). */
async function needPlace(shop: object | null, submitterOpenid: string): Promise<OrgPlace> {
  const fromShop = shop as Partial<OrgPlace> | null
  if (fromShop?.blockId) return { blockId: fromShop.blockId, streetId: fromShop.streetId ?? null }
  const user = (await loadUser(submitterOpenid)) as { homeBlockId?: string | null; homeStreetId?: string | null } | null
  return { blockId: user?.homeBlockId ?? null, streetId: user?.homeBlockId ? (user.homeStreetId ?? null) : null }
}

/** Anyone raises a need; it lands in the grid's inbox at the first whistle (快发快处). */
export const submitNeed = defineAction({
  name: 'needs.submit',
  input: submitNeedInput,
  async handle({ caller, input, now }) {
    await assertTextIsClean(caller.openid, [input.description, input.place])
    const need = await createNeed({ ...input, submitterOpenid: caller.openid }, now)
    return viewFor(caller, need)
  },
})
