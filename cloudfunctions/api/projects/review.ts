import { assertInScope, callerScope, scopeWhere } from '../core/scope'
import { reviewInput, reviewQueueInput } from '@/types/projects'
import { defineAction } from '../core/action'
import { runTransaction } from '../core/transaction'
import { allDocs, type Transaction } from '../core/db'
import { AppError, forbidden } from '../core/errors'
import { shopsManagedBy } from '../shops/membership'
import { reviewMove } from './claimRules'
import { toClaimView, type ClaimDoc, type ProjectDoc } from './projectDoc'
import { claims, loadClaim } from './store'
import { STAFF_ROLES } from '@/types/roles'

/**
 * Staff approve, reject (with a reason) or complete a claim. Approval takes a place of the project's quota in the
 * same transaction of single-document operations that moves the claim, so concurrent approvals can never exceed it.
 */
export const reviewClaim = defineAction({
  name: 'projects.review',
  input: reviewInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const claimed = assertInScope(callerScope(caller), await loadClaim(input.claimId), '没有找到这条认领')
    // Nobody reviews their own shop's claim: a staff member who also manages the shop asks a colleague.
    if ((await shopsManagedBy(caller.openid)).some((s) => s._id === claimed.shopId)) throw forbidden('不能审核自己店铺的认领，请同事审核')
    await runTransaction(async (transaction: Transaction) => {
      const claimRef = transaction.collection('projectClaims').doc(input.claimId)
      const claim = (await claimRef.get()).data as ClaimDoc
      const move = reviewMove(claim.status, input.decision)
      if (typeof move === 'string') throw new AppError('CONFLICT', move)
      if (move.placeDelta > 0) {
        const projectRef = transaction.collection('projects').doc(claim.projectId)
        const project = (await projectRef.get()).data as ProjectDoc
        if (project.approvedCount >= project.quota) throw new AppError('FULL', `「${project.name}」的 ${project.quota} 个名额已满`)
        await projectRef.update({ data: { approvedCount: project.approvedCount + 1, updatedAt: now } })
      }
      const reason = input.decision === 'reject' ? (input.reason as string) : undefined
      await claimRef.update({
        data: {
          status: move.to,
          rejectReason: reason ?? null,
          updatedAt: now,
          history: [...claim.history, { status: move.to, at: now, by: caller.openid, ...(reason ? { reason } : {}) }],
        },
      })
    })
    return toClaimView(await loadClaim(input.claimId))
  },
})

/** Claims for staff to review (default: pending first, oldest first). */
export const reviewQueue = defineAction({
  name: 'projects.reviewQueue',
  input: reviewQueueInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const scoped = scopeWhere(callerScope(caller))
    const query = claims().where(input.status ? { ...scoped, status: input.status } : scoped)
    const docs = await allDocs<ClaimDoc>((skip, limit) => query.orderBy('createdAt', 'asc').orderBy('_id', 'asc').skip(skip).limit(limit))
    const rank = (c: ClaimDoc) => (c.status === 'pending' ? 0 : 1)
    return { claims: docs.sort((a, b) => rank(a) - rank(b)).map(toClaimView) }
  },
})
