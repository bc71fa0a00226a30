import { listResourcesInput, resourceIdInput, searchResourcesInput } from '@/types/resources'
import { RESOURCE_KINDS } from '@/types/resources.vocab'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { notFound } from '../core/errors'
import { favouriteId, toResourceView, type FavouriteDoc, type ResourceDoc } from './resourceDoc'
import { escapeRegExp, SEARCHED_FIELDS } from './searchPattern'

const PAGE = 100
const SEARCH_LIMIT = 50
const categoryOrder = (doc: ResourceDoc) => RESOURCE_KINDS.indexOf(doc.category)

/** One category, or the whole pack, category by category. */
export const listResources = defineAction({
  name: 'resources.list',
  input: listResourcesInput,
  caller: 'lazy',
  async handle({ input }) {
    const query = input.category ? db.collection('resources').where({ category: input.category }) : db.collection('resources')
    const docs = await getDocs<ResourceDoc>(query.orderBy('title', 'asc').limit(PAGE))
    return { items: docs.sort((a, b) => categoryOrder(a) - categoryOrder(b)).map(toResourceView) }
  },
})

/** Across every category, in the database: a case-insensitive match on title, summary or contact. */
export const searchResources = defineAction({
  name: 'resources.search',
  input: searchResourcesInput,
  caller: 'lazy',
  async handle({ input }) {
    const pattern = db.RegExp({ regexp: escapeRegExp(input.query), options: 'i' })
    const docs = await getDocs<ResourceDoc>(
      db
        .collection('resources')
        .where(_.or(SEARCHED_FIELDS.map((field) => ({ [field]: pattern }))))
        .limit(SEARCH_LIMIT),
    )
    // Title hits first: someone typing 招聘 wants the hiring entries before a passing mention.
    const inTitle = (doc: ResourceDoc) => (doc.title.toLowerCase().includes(input.query.toLowerCase()) ? 0 : 1)
    return { items: docs.sort((a, b) => inTitle(a) - inTitle(b) || categoryOrder(a) - categoryOrder(b)).map(toResourceView) }
  },
})

export const getResource = defineAction({
  name: 'resources.get',
  input: resourceIdInput,
  async handle({ caller, input }) {
    const [doc, favourite] = await Promise.all([
      firstDoc<ResourceDoc>(db.collection('resources').where({ _id: input.id }).limit(1)),
      firstDoc<FavouriteDoc>(
        db
          .collection('resourceFavourites')
          .where({ _id: favouriteId(caller.openid, input.id) })
          .limit(1),
      ),
    ])
    if (!doc) throw notFound('没有找到这个条目，可能已被删除')
    return { ...toResourceView(doc), favourite: !!favourite }
  },
})
