// The claim life cycle as pure rules: which move is allowed from which status, and what it does to the quota.
import type { ClaimStatus } from '@/types/projects.vocab'
import { LIVE_CLAIM_STATUSES, PLACE_HOLDING_STATUSES } from '@/types/projects.vocab'

export type ReviewDecision = 'approve' | 'reject' | 'complete'

export const isLive = (status: ClaimStatus) => (LIVE_CLAIM_STATUSES as readonly ClaimStatus[]).includes(status)
export const holdsPlace = (status: ClaimStatus) => (PLACE_HOLDING_STATUSES as readonly ClaimStatus[]).includes(status)

export interface Move {
  to: ClaimStatus
  /** +1 takes one of the project's places, -1 gives one back. */
  placeDelta: -1 | 0 | 1
}

/** A staff decision on a claim in `from`; a string is why it cannot be made. */
export function reviewMove(from: ClaimStatus, decision: ReviewDecision): Move | string {
  if (decision === 'approve') return from === 'pending' ? { to: 'approved', placeDelta: 1 } : '只有待审核的认领可以通过'
  if (decision === 'reject') return from === 'pending' ? { to: 'rejected', placeDelta: 0 } : '只有待审核的认领可以驳回'
  return from === 'approved' || from === 'active' ? { to: 'completed', placeDelta: 0 } : '只有已通过或履约中的认领可以标记完成'
}

/** The shop withdraws: any live claim; a place it held goes back to the project. */
export function withdrawMove(from: ClaimStatus): Move | string {
  if (!isLive(from)) return '这条认领已经结束，不能撤回'
  return { to: 'withdrawn', placeDelta: holdsPlace(from) ? -1 : 0 }
}

/** Fulfilment is logged on approved or active claims; the first one makes an approved claim active. */
export function fulfilMove(from: ClaimStatus): Move | string {
  if (from === 'approved') return { to: 'active', placeDelta: 0 }
  if (from === 'active') return { to: 'active', placeDelta: 0 }
  return '认领通过审核后才能登记履约'
}

/** "YYYY-MM-DD" in Shanghai for a moment. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** A project takes claims until its last day (Shanghai). */
export function isOpenForClaims(project: { endsOn: string }, now: Date): boolean {
  return shanghaiDay(now) <= project.endsOn
}
