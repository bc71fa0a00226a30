// Reads of the organisation (streets, blocks, grids). The org is small (a city: tens of streets, hundreds of
// blocks), so a whole-collection read pages at 1,000 and stays one round trip in practice.
import { _, db } from '../core/cloud'
import { allDocs, firstDoc } from '../core/db'
import type { BlockDoc, GridDoc, StreetDoc } from './orgDocs'

export const loadBlock = (blockId: string): Promise<BlockDoc | null> => firstDoc<BlockDoc>(db.collection('blocks').where({ _id: blockId }).limit(1))

export const loadGrid = (gridId: string): Promise<GridDoc | null> => firstDoc<GridDoc>(db.collection('grids').where({ _id: gridId }).limit(1))

export const loadStreet = (streetId: string): Promise<StreetDoc | null> => firstDoc<StreetDoc>(db.collection('streets').where({ _id: streetId }).limit(1))

export const allStreets = (): Promise<StreetDoc[]> =>
  allDocs<StreetDoc>((skip, limit) => db.collection('streets').orderBy('_id', 'asc').skip(skip).limit(limit))

/** Blocks, all or of some streets. */
export const allBlocks = (streetIds?: string[]): Promise<BlockDoc[]> =>
  allDocs<BlockDoc>((skip, limit) =>
    db
      .collection('blocks')
      .where(streetIds ? { streetId: _.in(streetIds) } : {})
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit),
  )

export const gridsOfBlocks = (blockIds: string[]): Promise<GridDoc[]> =>
  blockIds.length === 0
    ? Promise.resolve([])
    : allDocs<GridDoc>((skip, limit) =>
        db
          .collection('grids')
          .where({ blockId: _.in(blockIds) })
          .orderBy('_id', 'asc')
          .skip(skip)
          .limit(limit),
      )
