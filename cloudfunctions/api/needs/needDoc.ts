import type { NeedStepView, NeedSummary, NeedView } from '@/types/needs'
import type { NeedCategory, NeedLevel, NeedStatus, NeedStep } from '@/types/needs.vocab'
import type { Grid } from '@/types/shops.vocab'

/** Who acted on a need, kept with each step. */
export type NeedActorRole = 'submitter' | 'staff' | 'admin' | 'system'

/** One entry of a need's history: appended with `_.push`, never rewritten. */
export interface NeedEvent {
  step: NeedStep
  at: Date
  by: string | null
  role: NeedActorRole
  note: string | null
  fromLevel?: NeedLevel
  toLevel?: NeedLevel
  assignee?: string
  automatic?: boolean
}

/** A need in the `needs` collection (functions only). */
export interface NeedDoc {
  _id: string
  submitterOpenid: string
  category: NeedCategory
  description: string
  photos: string[]
  place: string | null
  stationId: string | null
  stationName: string | null
  shopId: string | null
  shopName: string | null
  grid: Grid | null
  /** The visit it came from, when staff raised it on a visit. */
  visitId: string | null
  level: NeedLevel
  status: NeedStatus
  assigneeOpenid: string | null
  /** When the current level's time limit runs out; null once resolved or at the last level. */
  deadline: Date | null
  levelSince: Date
  createdAt: Date
  updatedAt: Date
  resolvedAt: Date | null
  rating: { stars: number; comment: string | null } | null
  history: NeedEvent[]
}

const ACTOR_LABELS: Record<NeedActorRole, string> = { submitter: '提交人', staff: '网格员', admin: '街道', system: '系统' }

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

export function toStepView(event: NeedEvent): NeedStepView {
  return {
    step: event.step,
    at: new Date(event.at).toISOString(),
    actor: ACTOR_LABELS[event.role],
    note: event.note,
    ...(event.fromLevel ? { fromLevel: event.fromLevel } : {}),
    ...(event.toLevel ? { toLevel: event.toLevel } : {}),
    ...(event.automatic ? { automatic: true } : {}),
  }
}

export function toNeedSummary(doc: NeedDoc, viewer?: string): NeedSummary {
  return {
    id: doc._id,
    category: doc.category,
    // Anonymised records (我的数据 → 删除) have their text and photos blanked to null: still readable.
    description: doc.description ?? '（内容已删除）',
    level: doc.level,
    status: doc.status,
    createdAt: new Date(doc.createdAt).toISOString(),
    deadline: iso(doc.deadline),
    shopName: doc.shopName,
    stationName: doc.stationName,
    ...(viewer ? { mineToHandle: doc.assigneeOpenid === viewer } : {}),
  }
}

export function toNeedView(doc: NeedDoc, viewer: { openid: string; staff: boolean }): NeedView {
  const own = doc.submitterOpenid === viewer.openid
  return {
    ...toNeedSummary(doc, viewer.staff ? viewer.openid : undefined),
    photos: doc.photos ?? [],
    place: doc.place ?? null,
    shopId: doc.shopId,
    stationId: doc.stationId,
    resolvedAt: iso(doc.resolvedAt),
    rating: doc.rating,
    history: (doc.history ?? []).map(toStepView),
    ...(viewer.staff ? { assigneeOpenid: doc.assigneeOpenid } : {}),
    canRate: own && doc.status === 'resolved' && !doc.rating,
  }
}
