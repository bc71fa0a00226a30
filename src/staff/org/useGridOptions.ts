import { GRIDS, GRID_LABELS } from '@/types/shops.vocab'
import { useApiQuery } from '@/src/shared/query/useApiQuery'

export interface GridOptions {
  /** Grid ids in order: block by block, each block's grids in its own order. */
  ids: string[]
  /** id → what a chip says: the grid's name, with its block's when the caller works in more than one block. */
  labels: Record<string, string>
  /** id → the block it belongs to (null for the old fixed grids, before any block existed). */
  blockOf: Record<string, string | null>
  loading: boolean
}

/** The grids of the blocks the caller works in (org.tree `mine`); the old fixed three while none are stored. */
export function useGridOptions(): GridOptions {
  const tree = useApiQuery('org.tree', { mine: true })
  const blocks = tree.data?.streets.flatMap((s) => s.blocks) ?? []
  const withGrids = blocks.filter((b) => b.grids.length > 0)
  if (withGrids.length === 0) {
    return { ids: [...GRIDS], labels: { ...GRID_LABELS }, blockOf: Object.fromEntries(GRIDS.map((g) => [g, null])), loading: tree.loading }
  }
  const many = withGrids.length > 1
  const ids: string[] = []
  const labels: Record<string, string> = {}
  const blockOf: Record<string, string | null> = {}
  for (const block of withGrids) {
    for (const grid of block.grids) {
      ids.push(grid.gridId)
      labels[grid.gridId] = many ? `${block.name} · ${grid.name}` : grid.name
      blockOf[grid.gridId] = block.blockId
    }
  }
  return { ids, labels, blockOf, loading: tree.loading }
}
