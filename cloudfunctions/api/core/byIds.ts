import { chunks, mapLimit } from './batches'
import { _, db } from './cloud'
import { getDocs } from './db'

/**
 * Every document of `collection` whose `_id` is in `ids`, asked 100 ids at a time: one `_.in()` read answers at
 * most 1,000 (and 100 without a limit), so a longer list would be cut off silently. Within ≤ 100 ids the order
 * is the collection's own, as one read would give.
 */
export async function docsByIds<T>(collection: string, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)]
  const pages = await mapLimit(chunks(unique, 100), 4, (part) =>
    getDocs<T>(
      db
        .collection(collection)
        .where({ _id: _.in(part) })
        .limit(part.length),
    ),
  )
  return pages.flat()
}
