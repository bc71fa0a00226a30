import { useApiQuery } from '@/src/shared/query/useApiQuery'

export interface GridOptions {
  /** Grid ids in order: block by block, each block's grids in its own order. */
  ids: string[]
  /** id → what a chip says: the grid's name, with its block's when the caller works in more than one block. */
  labels: Record<string, string>
  /** id → the block it belongs to. */
  blockOf: Record<string, string>
  loading: boolean
}

/** The grids of the blocks the caller works in (org.tree `mine`): none until a block has grids. */
export function useGridOptions(): GridOptions {
  const tree = useApiQuery('org.tree', { mine: true })
  const blocks = tree.data?.streets.flatMap((s) => s.blocks) ?? []
  const withGrids = blocks.filter((b) => b.grids.length > 0)
  const many = withGrids.length > 1
  const ids: string[] = []
  const labels: Record<string, string> = {}
  const blockOf: Record<string, string> = {}
  for (const block of withGrids) {
    for (const grid of block.grids) {
      ids.push(grid.gridId)
      labels[grid.gridId] = many ? `${block.name} · ${grid.name}` : grid.name
      blockOf[grid.gridId] = block.blockId
    }
  }
  return { ids, labels, blockOf, loading: tree.loading }
}
