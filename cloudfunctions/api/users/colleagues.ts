// Which colleagues a staff member may hand work to (users.staff, issue 16): those whose scope meets theirs.
import type { Scope } from '../core/scope'

/** blockId → streetId of every stored block (org/orgStore.ts `allBlocks`). */
export type BlockStreets = ReadonlyMap<string, string>

/** Pure: the blocks a scope covers (city: every block; none: no block). */
function blocksOf(scope: Scope, blocks: BlockStreets): Set<string> {
  if (scope.level === 'city') return new Set(blocks.keys())
  if (scope.level === 'street') return new Set([...blocks].filter(([, streetId]) => scope.streetIds.includes(streetId)).map(([blockId]) => blockId))
  if (scope.level === 'block') return new Set(scope.blockIds)
  return new Set()
}

/**
 * Pure: may a caller with scope `mine` see the colleague with scope `theirs` in the colleague picker? Yes when
 * their scopes share a block (a street scope covers its blocks), when either is the city (the city admin works
 * everywhere), or when neither has a scope yet (staff of the time before the migration work the same unplaced
 * records). Staff of another block or street are left out: they could not open the record anyway.
 */
export function sharesScope(mine: Scope, theirs: Scope, blocks: BlockStreets): boolean {
  if (mine.level === 'city' || theirs.level === 'city') return true
  if (mine.level === 'none' || theirs.level === 'none') return mine.level === theirs.level
  const theirBlocks = blocksOf(theirs, blocks)
  for (const blockId of blocksOf(mine, blocks)) if (theirBlocks.has(blockId)) return true
  return false
}
