// The one place the ledger and the trends narrow their queries to a part of the street.
import type { Scope } from '../../../types/ledger'

/**
 * The `where` fragment that keeps a query to `scope`: `{}` for the whole street, `{ blockId }` for one block.
 * Records written before blocks existed have no `blockId` and so fall outside any block (they still count for
 * the street).
 */
// scope: issue 16 — point this at issue 16's scope helper (which also checks the caller may see that block).
export function ledgerScopeWhere(scope: Scope | undefined): Record<string, string> {
  return scope?.blockId ? { blockId: scope.blockId } : {}
}
