import type { OrgPlace } from './orgDocs'

/** The block and street a stored record sits in (nulls for a record not yet placed, or one stored before issue 16). */
export function placeOf(record: object | null | undefined): OrgPlace {
  const r = record as Partial<OrgPlace> | null | undefined
  return { blockId: r?.blockId ?? null, streetId: r?.blockId ? (r.streetId ?? null) : null }
}
