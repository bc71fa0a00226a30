import { placeOf } from '../org/placeOf'
import { claimIdInput, claimInput } from '@/types/projects'
import { CLAIM_STATUS_LABELS } from '@/types/projects.vocab'
import { defineAction } from '../core/action'
import { _ } from '../core/cloud'
import { runTransaction } from '../core/transaction'
import { assertTextIsClean } from '../core/contentCheck'
import type { Transaction } from '../core/db'
import { AppError } from '../core/errors'
import { requireShopManager } from '../shops/membership'
import { isLive, isOpenForClaims, withdrawMove } from './claimRules'
import { claimId, toClaimView, type ClaimDoc, type ProjectDoc } from './projectDoc'
import { claims, isDuplicateKey, loadClaim, loadProject } from './store'

/**
 * A shop claims a project. Idempotent: the claim's id is `${projectId}:${shopId}`, so a second claim (or a
 * double tap) answers the live one; a new pledge edits a pending claim and is refused (CONFLICT, naming the
 * pledge kept) once the claim is reviewed or finished; a rejected or withdrawn claim is claimed again by a
 * conditional update. Answers the claim as it now stands.
 */
export const claimProject = defineAction({
  name: 'projects.claim',
  input: claimInput,
  async handle({ caller, input, now }) {
    const shop = await requireShopManager(caller, input.shopId)
    const project = await loadProject(input.projectId)
    if (!isOpenForClaims(project, now)) throw new AppError('CONFLICT', '这个项目已经结束，不能再认领')
    await assertTextIsClean(caller.openid, [input.commitment])

    const id = claimId(project._id, shop._id)
    const fresh: ClaimDoc = {
      _id: id,
      projectId: project._id,
      projectName: project.name,
      shopId: shop._id,
      shopName: shop.name,
      commitment: input.commitment,
      status: 'pending',
      rejectReason: null,
      fulfilmentCount: 0,
      history: [{ status: 'pending', at: now, by: caller.openid }],
      createdAt: now,
      updatedAt: now,
    }
    try {
      await claims().add({ data: { ...fresh, ...placeOf(shop) } })
      return toClaimView(fresh)
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
    const existing = await loadClaim(id)
    // The same pledge again (a double tap, a retry) answers the live claim. A new pledge is never silently
    // dropped: a claim still pending takes it (edited); one already reviewed or finished is refused, naming its
    // pledge, so the shop can ask staff (a reviewed pledge is on the wall and changes only through review).
    if (isLive(existing.status) && existing.commitment === input.commitment) return toClaimView(existing)
    if (existing.status === 'pending') {
      const edited = (await claims()
        .where({ _id: id, status: 'pending' })
        .update({ data: { commitment: input.commitment, updatedAt: now } })) as { stats: { updated: number } }
      if (edited.stats.updated === 0) throw new AppError('CONFLICT', '认领状态刚刚变化，请刷新后再试')
      return toClaimView({ ...existing, commitment: input.commitment, updatedAt: now })
    }
    if (existing.status !== 'rejected' && existing.status !== 'withdrawn') {
      throw new AppError('CONFLICT', `这家店已认领此项目（${CLAIM_STATUS_LABELS[existing.status]}），承诺为“${existing.commitment}”；如需修改请联系网格员`)
    }
    const reopened = (await claims()
      .where({ _id: id, status: _.in(['rejected', 'withdrawn']) })
      .update({
        data: {
          commitment: input.commitment,
          status: 'pending',
          rejectReason: null,
          history: _.push([{ status: 'pending', at: now, by: caller.openid }]),
          updatedAt: now,
        },
      })) as { stats: { updated: number } }
    if (reopened.stats.updated === 0) throw new AppError('CONFLICT', '认领状态刚刚变化，请刷新后再试')
    return toClaimView(await loadClaim(id))
  },
})

/** The shop withdraws its own live claim; an approved one gives its place back, in the same transaction. */
export const withdrawClaim = defineAction({
  name: 'projects.withdraw',
  input: claimIdInput,
  async handle({ caller, input, now }) {
    const before = await loadClaim(input.claimId)
    await requireShopManager(caller, before.shopId)
    await runTransaction(async (transaction: Transaction) => {
      const claimRef = transaction.collection('projectClaims').doc(input.claimId)
      const claim = (await claimRef.get()).data as ClaimDoc
      const move = withdrawMove(claim.status)
      if (typeof move === 'string') throw new AppError('CONFLICT', move)
      if (move.placeDelta !== 0) {
        const projectRef = transaction.collection('projects').doc(claim.projectId)
        const project = (await projectRef.get()).data as ProjectDoc
        await projectRef.update({ data: { approvedCount: Math.max(0, project.approvedCount + move.placeDelta), updatedAt: now } })
      }
      await claimRef.update({
        data: { status: move.to, updatedAt: now, history: [...claim.history, { status: move.to, at: now, by: caller.openid }] },
      })
    })
    return toClaimView(await loadClaim(input.claimId))
  },
})
