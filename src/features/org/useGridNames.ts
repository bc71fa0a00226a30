import { useApiQuery } from '@/src/shared/query/useApiQuery'

const EVERY_BLOCK = {} as const

/**
 * Every grid's name by id, from org.tree (public facts; grids are data since issue 16, so a block's new grid shows
 * its name the day it is added). `gridName(id)` answers the id itself while the tree loads or for an unknown grid.
 */
export function useGridNames(): { names: Record<string, string>; gridName: (gridId: string) => string; loading: boolean } {
  const tree = useApiQuery('org.tree', EVERY_BLOCK)
  const names: Record<string, string> = {}
  for (const street of tree.data?.streets ?? []) for (const block of street.blocks) for (const grid of block.grids) names[grid.gridId] = grid.name
  return { names, gridName: (gridId) => names[gridId] ?? gridId, loading: tree.loading }
}
