// What a person's home block lets them see in the 活动 and 公告 lists (issue 16): the records of their block, the
// street-open ones of their block's street, and the records not placed in any block (city-wide, as all were
// before issue 16). A person with no home block sees everything (the app nudges them to pick one).
import type { Caller } from '../core/caller'
import { _ } from '../core/cloud'
import { loadBlock } from './orgStore'

/** Where a person lives or works, as the lists filter by it. */
export interface HomePlace {
  blockId: string
  streetId: string
}

/**
 * The caller's home block and its street, or null (none chosen, or the block no longer exists). Reads the caller's
 * record once, shared with the roles; the block only for a record that lacks its street.
 */
export async function homePlaceOf(lazy: Caller): Promise<HomePlace | null> {
  const { home } = await lazy.withRoles()
  if (!home) return null
  if (home.streetId) return { blockId: home.blockId, streetId: home.streetId }
  const block = await loadBlock(home.blockId)
  return block ? { blockId: home.blockId, streetId: block.streetId } : null
}

/**
 * The query condition (a `db.command` expression, to put in `_.and([...])` with the list's own fields) for records
 * — events or notices, each storing `blockId`, `streetId` and `openToStreet` — that a person of `home` sees:
 * their block's, their street's street-open ones, and unplaced ones (`$in: [null]` matches a missing field too).
 */
export function seenFromHome(home: HomePlace) {
  return _.or([{ blockId: home.blockId }, { streetId: home.streetId, openToStreet: true }, { blockId: _.in([null]) }])
}
