// Scope (issue 16): which blocks a staff member works in, as a query filter and a per-record check. Every staff
// action goes through here: lists add `scopeWhere(scope)` to their `where`, reads and writes by id call
// `assertInScope` (a record of another block answers NOT_FOUND, as if it did not exist), creates take
// `placeInScope` for the blockId/streetId they store.
import type { StaffScope } from '@/types/org'
import type { Caller } from './caller'
import { _ } from './cloud'
import { forbidden, invalidInput, notFound } from './errors'
import { allBlocks, loadBlock } from '../org/orgStore'
import { blockForPoint } from '../org/placement'
import type { OrgPlace } from '../org/orgDocs'

/**
 * A caller's resolved scope. `none`: staff never given a scope (before the migration) — they see only records
 * not yet given a block. An admin without a stored scope is the city admin (the single street office of the
 * time before issue 16; the migration writes `{ level: 'city' }` for them).
 */
export type Scope = { level: 'city' } | { level: 'street'; streetIds: string[] } | { level: 'block'; blockIds: string[]; gridIds: string[] } | { level: 'none' }

/** The caller's scope; the caller's roles must be loaded (every staff action's router check does that). */
export function callerScope(caller: Pick<Caller, 'roles' | 'scope'>): Scope {
  return scopeOf(caller.roles, caller.scope)
}

/** Pure: a stored scope (or none) and roles → the resolved scope. */
export function scopeOf(roles: readonly string[], stored: StaffScope | undefined): Scope {
  if (stored?.level === 'city') return { level: 'city' }
  if (stored?.level === 'street') return { level: 'street', streetIds: [...stored.streetIds] }
  if (stored?.level === 'block') return { level: 'block', blockIds: [...stored.blockIds], gridIds: [...(stored.gridIds ?? [])] }
  return roles.includes('admin') ? { level: 'city' } : { level: 'none' }
}

/**
 * The `where` fields that keep a query inside the scope (merge them into the query's own). Records not yet given
 * a block (`blockId` null or missing: MongoDB's `$in: [null]` matches both) stay visible to every staff member
 * until the migration gives them one.
 */
export function scopeWhere(scope: Scope): Record<string, unknown> {
  switch (scope.level) {
    case 'city':
      return {}
    case 'street':
      return { streetId: _.in([...scope.streetIds, null]) }
    case 'block':
      return { blockId: _.in([...scope.blockIds, null]) }
    case 'none':
      return { blockId: _.in([null]) }
  }
}

/** Pure: does the scope cover a record that sits at `place`? (A record with no block is covered.) */
export function covers(scope: Scope, record: object | null | undefined): boolean {
  const place = record as Partial<OrgPlace> | null | undefined
  const blockId = place?.blockId ?? null
  if (blockId === null) return true
  if (scope.level === 'city') return true
  if (scope.level === 'street') return !!place?.streetId && scope.streetIds.includes(place.streetId)
  if (scope.level === 'block') return scope.blockIds.includes(blockId)
  return false
}

/** Throws NOT_FOUND (with the record's own not-found message) when the record lies outside the scope. */
export function assertInScope<T extends object>(scope: Scope, record: T | null | undefined, message: string): T {
  if (!record || !covers(scope, record)) throw notFound(message)
  return record
}

/**
 * Where a new record goes: the block asked for (it must be in scope: else FORBIDDEN), else the scope's only
 * block, else the in-scope block for `position` (boundary, else nearest centre). Without any block in the
 * database, or for a city admin who names no block and no position, the record stays unplaced
 * (`{ blockId: null, streetId: null }`: city-wide, as every record was before issue 16).
 */
export async function placeInScope(scope: Scope, requestedBlockId?: string | null, position?: { lat: number; lng: number } | null): Promise<OrgPlace> {
  if (requestedBlockId) {
    const block = await loadBlock(requestedBlockId)
    if (!block) throw invalidInput('街区：没有这个街区')
    const place = { blockId: block._id, streetId: block.streetId }
    if (!covers(scope, place)) throw forbidden('这个街区不在你的工作范围内')
    return place
  }
  if (scope.level === 'block' && scope.blockIds.length === 1) {
    const block = await loadBlock(scope.blockIds[0])
    if (block) return { blockId: block._id, streetId: block.streetId }
  }
  const blocks = scope.level === 'street' ? await allBlocks(scope.streetIds) : await allBlocks()
  const candidates = blocks.filter((b) => covers(scope, { blockId: b._id, streetId: b.streetId }))
  if (blocks.length === 0 && scope.level !== 'block') return { blockId: null, streetId: null }
  if (candidates.length === 1) return { blockId: candidates[0]._id, streetId: candidates[0].streetId }
  const found = position ? blockForPoint(candidates, position) : null
  if (found) return { blockId: found.block._id, streetId: found.block.streetId }
  // Unplaced records are city-wide (seen by all staff): only a city admin, or staff without a scope, may make one.
  if (scope.level === 'city' || (candidates.length === 0 && scope.level === 'none')) return { blockId: null, streetId: null }
  throw invalidInput('街区：请选择街区')
}
