import type { PersonalDeclaration } from './declarations'

type Doc = Record<string, unknown> & { _id: string }

/**
 * The record without the person: their openid becomes a pseudonym (the same one across all their records, so
 * counts and pairs stay consistent), they leave owner arrays, and the declared personal fields are blanked.
 * Pure: the caller writes the result.
 */
export function anonymised(doc: Doc, declaration: PersonalDeclaration, openid: string, pseudonym: string): Doc {
  const next: Doc = { ...doc, _id: doc._id.split(openid).join(pseudonym) }
  for (const owner of declaration.owners) {
    if (owner.field === '_id') continue
    const value = next[owner.field]
    if (owner.array && Array.isArray(value)) {
      next[owner.field] = value.filter((v) => (owner.key ? (v as Record<string, unknown>)?.[owner.key] : v) !== openid)
    }
    else if (value === openid) next[owner.field] = pseudonym
  }
  for (const field of declaration.fields) if (field in next) next[field] = null
  return next
}
