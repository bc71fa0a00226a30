import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import type { OwnerField, PersonalDeclaration } from './declarations'

const PAGE = 1000

type Doc = Record<string, unknown> & { _id: string }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function ownerQuery(owner: OwnerField, openid: string) {
  if (owner.field === '_id' && owner.contains) return { _id: db.RegExp({ regexp: escapeRegExp(openid) }) }
  if (owner.key) return { [`${owner.field}.${owner.key}`]: openid }
  return { [owner.field]: owner.array ? _.all([openid]) : openid }
}

/** Every record of one collection that names this person, page by page (functions read at most 1,000 at once). */
export async function recordsOf(declaration: PersonalDeclaration, openid: string): Promise<Doc[]> {
  const seen = new Map<string, Doc>()
  for (const owner of declaration.owners) {
    for (let skip = 0; ; skip += PAGE) {
      const page = await getDocs<Doc>(db.collection(declaration.collection).where(ownerQuery(owner, openid)).skip(skip).limit(PAGE))
      page.forEach((doc) => seen.set(doc._id, doc))
      if (page.length < PAGE) break
    }
  }
  return [...seen.values()]
}
