import { favouriteInput, noInput } from '@/types/resources'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { notFound } from '../core/errors'
import { favouriteId, toResourceView, type FavouriteDoc, type ResourceDoc } from './resourceDoc'

const MAX_FAVOURITES = 100

/** Idempotent both ways: the record's id is `${openid}:${resourceId}`, so a double tap stores one favourite. */
export const setFavourite = defineAction({
  name: 'resources.setFavourite',
  input: favouriteInput,
  async handle({ caller, input, now }) {
    const id = favouriteId(caller.openid, input.id)
    if (input.favourite) {
      const resource = await firstDoc<ResourceDoc>(db.collection('resources').where({ _id: input.id }).limit(1))
      if (!resource) throw notFound('没有找到这个条目，可能已被删除')
      const favourite: Omit<FavouriteDoc, '_id'> = { openid: caller.openid, resourceId: input.id, createdAt: now }
      await db.collection('resourceFavourites').doc(id).set({ data: favourite })
    } else {
      await db.collection('resourceFavourites').doc(id).remove()
    }
    return { id: input.id, favourite: input.favourite }
  },
})

/** The caller's own favourites, newest first; entries deleted since are left out. */
export const myFavourites = defineAction({
  name: 'resources.favourites',
  input: noInput,
  async handle({ caller }) {
    const favourites = await getDocs<FavouriteDoc>(
      db.collection('resourceFavourites').where({ openid: caller.openid }).orderBy('createdAt', 'desc').limit(MAX_FAVOURITES),
    )
    if (favourites.length === 0) return { items: [] }
    const ids = favourites.map((f) => f.resourceId)
    const docs = await getDocs<ResourceDoc>(
      db
        .collection('resources')
        .where({ _id: _.in(ids) })
        .limit(MAX_FAVOURITES),
    )
    const byId = new Map(docs.map((doc) => [doc._id, doc]))
    return { items: ids.flatMap((id) => (byId.has(id) ? [toResourceView(byId.get(id) as ResourceDoc)] : [])) }
  },
})
