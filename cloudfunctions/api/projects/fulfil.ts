import { callerScope, covers } from '../core/scope'
import { placeOf } from '../org/placeOf'
import { claimIdInput, fulfilInput, noInput } from '@/types/projects'
import { defineAction } from '../core/action'
import type { Caller } from '../core/caller'
import { _, cloud } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { getDocs } from '../core/db'
import { AppError, invalidInput } from '../core/errors'
import { shanghaiDay } from '@/types/text'
import { requireShopManager, shopsManagedBy } from '../shops/membership'
import { toShopView } from '../shops/shopDoc'
import { fulfilMove } from './claimRules'
import { toClaimView, toFulfilmentView, type ClaimDoc, type FulfilmentDoc } from './projectDoc'
import { claims, fulfilments, loadClaim } from './store'

const isStaff = (caller: Caller) => caller.roles.includes('staff') || caller.roles.includes('admin')

/** Only the claiming shop's current managers log fulfilment; the first entry makes an approved claim active. */
export const fulfil = defineAction({
  name: 'projects.fulfil',
  input: fulfilInput,
  async handle({ caller, input, now }) {
    const claim = await loadClaim(input.claimId)
    await requireShopManager(caller, claim.shopId)
    const move = fulfilMove(claim.status)
    if (typeof move === 'string') throw new AppError('CONFLICT', move)
    // A fulfilment is something given: it cannot be dated after today (a 2030 entry would count now).
    if (input.date > shanghaiDay(now)) throw invalidInput('履约日期：不能晚于今天')
    await assertTextIsClean(caller.openid, [input.given])
    const doc: Omit<FulfilmentDoc, '_id'> = {
      claimId: claim._id,
      projectId: claim.projectId,
      shopId: claim.shopId,
      date: input.date,
      given: input.given,
      photoFileId: input.photoFileId ?? null,
      byOpenid: caller.openid,
      createdAt: now,
    }
    const { _id } = (await fulfilments().add({ data: { ...doc, ...placeOf(claim) } })) as { _id: string }
    // Conditional on the status, so a withdrawal or completion racing this entry is not undone.
    await claims()
      .where({ _id: claim._id, status: _.in(['approved', 'active']) })
      .update({ data: { status: move.to, fulfilmentCount: _.inc(1), updatedAt: now } })
    return toFulfilmentView({ ...doc, _id }, null)
  },
})

async function photoUrls(fileIds: string[]): Promise<Map<string, string>> {
  if (fileIds.length === 0) return new Map()
  const res = (await cloud.getTempFileURL({ fileList: fileIds })) as { fileList: Array<{ fileID: string; tempFileURL: string }> }
  return new Map(res.fileList.filter((f) => f.tempFileURL).map((f) => [f.fileID, f.tempFileURL]))
}

/** A claim's fulfilment log, for the shop's current managers and for staff. */
export const listFulfilments = defineAction({
  name: 'projects.fulfilments',
  input: claimIdInput,
  async handle({ caller, input }) {
    const claim = await loadClaim(input.claimId)
    // Staff read the log of their own blocks' claims (issue 16); anyone else only as the shop's manager.
    if (!isStaff(caller) || !covers(callerScope(caller), claim)) await requireShopManager(caller, claim.shopId)
    const docs = await getDocs<FulfilmentDoc>(fulfilments().where({ claimId: claim._id }).orderBy('date', 'desc').limit(200))
    const urls = await photoUrls(docs.flatMap((d) => (d.photoFileId ? [d.photoFileId] : [])))
    return {
      claim: toClaimView(claim),
      fulfilments: docs.map((d) => toFulfilmentView(d, d.photoFileId ? (urls.get(d.photoFileId) ?? null) : null)),
    }
  },
})

/** The shops this person runs now and every claim those shops ever made — history stays with the shop. */
export const myClaims = defineAction({
  name: 'projects.mine',
  input: noInput,
  async handle({ caller }) {
    const shops = await shopsManagedBy(caller.openid)
    if (shops.length === 0) return { shops: [], claims: [] }
    const docs = await getDocs<ClaimDoc>(
      claims()
        .where({ shopId: _.in(shops.map((s) => s._id)) })
        .orderBy('updatedAt', 'desc')
        .limit(500),
    )
    return { shops: shops.map(toShopView), claims: docs.map(toClaimView) }
  },
})
