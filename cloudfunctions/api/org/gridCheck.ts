import { invalidInput } from '../core/errors'
import type { OrgPlace } from './orgDocs'
import { gridsOfBlocks } from './orgStore'

/**
 * A record's grid must be a current grid of its block (grids are data: a block's fifth grid works the day it is
 * added). Records not placed in a block (no blocks yet) keep any grid id. Throws INVALID_INPUT naming 网格.
 */
export async function assertGridOfBlock(place: OrgPlace, gridId: string): Promise<void> {
  if (!place.blockId) return
  const grids = await gridsOfBlocks([place.blockId])
  if (!grids.some((g) => g._id === gridId && !g.retired)) throw invalidInput('网格：不是这个街区的网格')
}
