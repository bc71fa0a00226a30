import { _, db } from '../core/cloud'
import { allDocs } from '../core/db'
import type { OwnerField, PersonalDeclaration } from './declarations'

type Doc = Record<string, unknown> & { _id: string }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function ownerQuery(owner: OwnerField, openid: string) {
  // Ids join their parts with ':' (`${eventId}:${openid}`): the openid must be a whole part, never a
  // substring — a short openid would otherwise match other people's records.
  if (owner.field === '_id' && owner.contains) return { _id: db.RegExp({ regexp: `(^|:)${escapeRegExp(openid)}(:|$)` }) }
  if (owner.key) return { [`${owner.field}.${owner.key}`]: openid }
  return { [owner.field]: owner.array ? _.all([openid]) : openid }
}

/** Every record of one collection that names this person. */
export async function recordsOf(declaration: PersonalDeclaration, openid: string): Promise<Doc[]> {
  const seen = new Map<string, Doc>()
  for (const owner of declaration.owners) {
    const docs = await allDocs<Doc>((skip, limit) =>
      db.collection(declaration.collection).where(ownerQuery(owner, openid)).orderBy('_id', 'asc').skip(skip).limit(limit),
    )
    docs.filter((doc) => !(owner.field === '_id' && owner.contains) || idNames(doc._id, openid)).forEach((doc) => seen.set(doc._id, doc))
  }
  return [...seen.values()]
}

/** Whether an id built from ':'-joined parts has this openid as one whole part. */
export const idNames = (id: string, openid: string): boolean => String(id).split(':').includes(openid)
