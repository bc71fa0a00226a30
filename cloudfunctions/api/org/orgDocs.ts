// The stored shapes of streets, blocks and grids (collections `streets`, `blocks`, `grids`) and their views.
import type { BlockView, GridView } from '@/types/org'

export interface StreetDoc {
  _id: string
  name: string
  createdAt: Date
  updatedAt: Date
}

export interface BlockDoc {
  _id: string
  streetId: string
  name: string
  /** The block's party branch (街区党支部). */
  branch: string
  /** Degrees, WGS-84 as the app's pickers give. */
  centre: { lat: number; lng: number }
  /** Polygon corners (not closed), or null: then the nearest centre decides. */
  boundary: Array<{ lat: number; lng: number }> | null
  createdAt: Date
  updatedAt: Date
}

export interface GridDoc {
  _id: string
  blockId: string
  streetId: string
  name: string
  /** Position in the block's list (0-based). */
  order: number
  /** A grid removed from the block's list stays stored (its records keep their grid) but is no longer offered. */
  retired: boolean
}

/** Where a record sits: every record that belongs to a block stores both (streetId for street roll-ups). */
export interface OrgPlace {
  blockId: string | null
  streetId: string | null
}

export const toGridView = (g: GridDoc): GridView => ({ gridId: g._id, name: g.name, order: g.order })

export function toBlockView(b: BlockDoc, grids: GridDoc[]): BlockView {
  return {
    blockId: b._id,
    streetId: b.streetId,
    name: b.name,
    branch: b.branch,
    centre: b.centre,
    boundary: b.boundary ?? null,
    grids: grids
      .filter((g) => g.blockId === b._id && !g.retired)
      .sort((x, y) => x.order - y.order)
      .map(toGridView),
  }
}
