// Reads shared by the project actions.
import { LIVE_CLAIM_STATUSES } from '@/types/projects.vocab'
import { _, db } from '../core/cloud'
import { allDocs, firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import type { ClaimDoc, ProjectDoc } from './projectDoc'

export const projects = () => db.collection('projects')
export const claims = () => db.collection('projectClaims')
export const fulfilments = () => db.collection('projectFulfilments')
export const intents = () => db.collection('projectIntents')

export async function loadProject(id: string): Promise<ProjectDoc> {
  const doc = await firstDoc<ProjectDoc>(projects().where({ _id: id }).limit(1))
  if (!doc) throw notFound('没有找到这个项目')
  return doc
}

export async function loadClaim(id: string): Promise<ClaimDoc> {
  const doc = await firstDoc<ClaimDoc>(claims().where({ _id: id }).limit(1))
  if (!doc) throw notFound('没有找到这条认领')
  return doc
}

/** Claims per project id that seek or held a place (pending, approved, active, completed): "已认领 N 家". */
export async function liveClaimCounts(projectIds: string[]): Promise<Map<string, number>> {
  const live = await allDocs<Pick<ClaimDoc, 'projectId'>>((skip, limit) =>
    claims()
      // Completed claims were claims too: counting only live ones showed "已认领 0 家 · 已通过 1 家".
      .where({ projectId: _.in(projectIds), status: _.in([...LIVE_CLAIM_STATUSES, 'completed']) })
      .field({ projectId: true })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit),
  )
  const counts = new Map<string, number>()
  for (const c of live) counts.set(c.projectId, (counts.get(c.projectId) ?? 0) + 1)
  return counts
}

/** CloudBase and the local cloud both report a second insert of one `_id` as MongoDB's E11000. */
export function isDuplicateKey(error: unknown): boolean {
  return /E11000|duplicate key/i.test(String((error as Error)?.message ?? error))
}
