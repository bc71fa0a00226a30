// Project and claim words the app shows (no zod here, so the mini-program bundle stays small).

/** pending → approved → active → completed; or rejected (with a reason) or withdrawn by the shop. */
export const CLAIM_STATUSES = ['pending', 'approved', 'active', 'completed', 'rejected', 'withdrawn'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/** A live claim blocks a second one from the same shop; a rejected or withdrawn one may be claimed again. */
export const LIVE_CLAIM_STATUSES = ['pending', 'approved', 'active'] as const satisfies readonly ClaimStatus[]
/** Claims that hold one of the project's places (its quota). */
export const PLACE_HOLDING_STATUSES = ['approved', 'active', 'completed'] as const satisfies readonly ClaimStatus[]
/** Shops shown on the 好店家 wall and near stations. */
export const ON_WALL_STATUSES = ['approved', 'active'] as const satisfies readonly ClaimStatus[]

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  active: '履约中',
  completed: '已完成',
  rejected: '未通过',
  withdrawn: '已撤回',
}

export const BENEFICIARIES = ['couriers', 'elderly', 'children', 'residents', 'everyone'] as const
export type Beneficiary = (typeof BENEFICIARIES)[number]
export const BENEFICIARY_LABELS: Record<Beneficiary, string> = {
  couriers: '快递外卖小哥',
  elderly: '老年人',
  children: '儿童青少年',
  residents: '街区居民',
  everyone: '所有人',
}

/** Default radius of "shops with perks near this station". */
export const PERKS_NEAR_RADIUS_M = 500
