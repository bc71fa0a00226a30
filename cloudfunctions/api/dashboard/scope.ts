// The one place the ledger and the trends narrow their queries: to the caller's scope (core/scope.ts, issue 16),
// and within it to the one block asked for.
import type { Scope as RequestedScope } from '@/types/ledger'
import type { Caller } from '../core/caller'
import { forbidden } from '../core/errors'
import { callerScope, covers, scopeWhere } from '../core/scope'
import { loadBlock } from '../org/orgStore'

/**
 * The `where` fields for the caller and the part asked for: the caller's whole scope when no block is named, else
 * that block — FORBIDDEN when the block does not exist or lies outside the caller's scope.
 */
export async function ledgerScopeWhere(caller: Pick<Caller, 'roles' | 'scope'>, requested: RequestedScope | undefined): Promise<Record<string, unknown>> {
  const scope = callerScope(caller)
  if (!requested?.blockId) return scopeWhere(scope)
  const block = await loadBlock(requested.blockId)
  if (!block || !covers(scope, { blockId: block._id, streetId: block.streetId })) throw forbidden('街区：不在你的工作范围内')
  return { blockId: block._id }
}
