import type { ClaimView, FulfilmentView, IntentView, ProjectView } from '@/types/projects'
import type { Beneficiary, ClaimStatus } from '@/types/projects.vocab'

/** A public-service project (公益项目). `approvedCount` moves only with the claims that hold a place. */
export interface ProjectDoc {
  _id: string
  name: string
  summary: string
  beneficiary: Beneficiary
  quota: number
  approvedCount: number
  startsOn: string
  endsOn: string
  createdAt: Date
  updatedAt: Date
}

export interface ClaimHistoryEntry {
  status: ClaimStatus
  at: Date
  by: string
  reason?: string
}

/** A shop's claim on a project; `_id` is `claimId(projectId, shopId)` so a shop holds at most one. */
export interface ClaimDoc {
  _id: string
  projectId: string
  projectName: string
  shopId: string
  shopName: string
  commitment: string
  status: ClaimStatus
  rejectReason: string | null
  fulfilmentCount: number
  history: ClaimHistoryEntry[]
  createdAt: Date
  updatedAt: Date
}

export interface FulfilmentDoc {
  _id: string
  claimId: string
  projectId: string
  shopId: string
  date: string
  given: string
  photoFileId: string | null
  byOpenid: string
  createdAt: Date
}

/** A shop not ready to claim says which projects it might take on; `_id` is the shop id (one per shop, updatable). */
export interface IntentDoc {
  _id: string
  shopId: string
  shopName: string
  projectIds: string[]
  note: string
  byOpenid: string
  createdAt: Date
  updatedAt: Date
}

export const claimId = (projectId: string, shopId: string) => `${projectId}:${shopId}`

const iso = (d: Date | string) => new Date(d).toISOString()

export function toProjectView(doc: ProjectDoc, claimedCount: number): ProjectView {
  const { _id, name, summary, beneficiary, quota, approvedCount, startsOn, endsOn } = doc
  return { id: _id, name, summary, beneficiary, quota, approvedCount, claimedCount, startsOn, endsOn }
}

export function toClaimView(doc: ClaimDoc): ClaimView {
  return {
    id: doc._id,
    projectId: doc.projectId,
    projectName: doc.projectName,
    shopId: doc.shopId,
    shopName: doc.shopName,
    commitment: doc.commitment,
    status: doc.status,
    rejectReason: doc.rejectReason ?? null,
    createdAt: iso(doc.createdAt),
    updatedAt: iso(doc.updatedAt),
    fulfilmentCount: doc.fulfilmentCount ?? 0,
  }
}

export function toFulfilmentView(doc: FulfilmentDoc, photoUrl: string | null): FulfilmentView {
  return { id: doc._id, claimId: doc.claimId, date: doc.date, given: doc.given, photoUrl, createdAt: iso(doc.createdAt) }
}

export function toIntentView(doc: IntentDoc): IntentView {
  return { id: doc._id, shopId: doc.shopId, shopName: doc.shopName, projectIds: doc.projectIds, note: doc.note, updatedAt: iso(doc.updatedAt) }
}
