import type { OwnerField, PersonalDeclaration } from './declarations'
import { idNames } from './records'

type Doc = Record<string, unknown> & { _id: string }

function holds(owner: OwnerField, value: unknown, openid: string): boolean {
  return (owner.key ? (value as Record<string, unknown> | null)?.[owner.key] : value) === openid
}

/** Whether the record names the person through this owner field. */
export function namesThrough(doc: Doc, owner: OwnerField, openid: string): boolean {
  const value = doc[owner.field]
  if (owner.field === '_id') return owner.contains ? idNames(doc._id, openid) : doc._id === openid
  return owner.array && Array.isArray(value) ? value.some((v) => holds(owner, v, openid)) : value === openid
}

/** remove wins: a record goes when any field that names the person says so. */
export function eraseFor(doc: Doc, declaration: PersonalDeclaration, openid: string): 'remove' | 'anonymise' {
  const through = declaration.owners.filter((owner) => namesThrough(doc, owner, openid))
  return through.some((owner) => (owner.erase ?? declaration.erase) === 'remove') ? 'remove' : 'anonymise'
}

/**
 * The record without the person: their openid becomes a pseudonym (the same one across all their records, so
 * counts and pairs stay consistent), they leave owner arrays (or stay in a history under the pseudonym), and the
 * declared personal fields are blanked. Pure: the caller writes the result.
 */
export function anonymised(doc: Doc, declaration: PersonalDeclaration, openid: string, pseudonym: string): Doc {
  const next: Doc = { ...doc, _id: doc._id.split(openid).join(pseudonym) }
  for (const owner of declaration.owners) {
    if (owner.field === '_id') continue
    const value = next[owner.field]
    if (owner.array && Array.isArray(value)) {
      next[owner.field] = owner.keep
        ? value.map((v) => (holds(owner, v, openid) ? (owner.key ? { ...(v as object), [owner.key]: pseudonym } : pseudonym) : v))
        : value.filter((v) => !holds(owner, v, openid))
    } else if (value === openid) next[owner.field] = pseudonym
  }
  for (const field of declaration.fields) if (field in next) next[field] = null
  return next
}
