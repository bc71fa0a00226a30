import { db } from '../core/cloud'
import { invalidInput } from '../core/errors'
import type { GridDoc, OrgPlace } from './orgDocs'
import { gridsOfBlocks, loadGrid } from './orgStore'

const unknownGrid = () => invalidInput('网格：没有这个网格')

/** The three grid ids of the one block the app knew before issue 16 (records of that time carry them). */
const PRE_ORG_GRIDS: readonly string[] = ['grid-1', 'grid-2', 'grid-3']

/**
 * A grid id a form sent must name a current grid (collection `grids`). Before any grid is stored (an environment
 * not yet migrated to issue 16) the old fixed ids (PRE_ORG_GRIDS) still hold. Answers the grid
 * (null in the old case); throws INVALID_INPUT naming 网格.
 */
export async function assertKnownGrid(gridId: string): Promise<GridDoc | null> {
  const grid = await loadGrid(gridId)
  if (grid && !grid.retired) return grid
  if (grid) throw unknownGrid()
  const { total } = (await db.collection('grids').count()) as { total: number }
  if (total === 0 && PRE_ORG_GRIDS.includes(gridId)) return null
  throw unknownGrid()
}

/**
 * A record's grid must be a current grid of its block (grids are data: a block's fifth grid works the day it is
 * added). A record not placed in a block checks the grid exists. Throws INVALID_INPUT naming 网格.
 */
export async function assertGridOfBlock(place: OrgPlace, gridId: string): Promise<void> {
  if (!place.blockId) {
    await assertKnownGrid(gridId)
    return
  }
  const grids = await gridsOfBlocks([place.blockId])
  if (!grids.some((g) => g._id === gridId && !g.retired)) throw invalidInput('网格：不是这个街区的网格')
}
