// Which collections hold a person's data, read from database/collections.json (`personal`), so the "my data"
// export and deletion cover exactly what the deploy declares — one list, not a second copy in code.
import declared from '@/database/collections.json'

export type Erase = 'remove' | 'anonymise'

export interface OwnerField {
  /** A field holding the person's openid (`_id` when the record is keyed by it). */
  field: string
  /** With field `_id`: the id only contains the openid (e.g. `${shopId}:${day}:${openid}`). */
  contains?: boolean
  /** The field is an array (e.g. a shop's managers). */
  array?: boolean
  /** For an array of objects: the key of each element that holds the openid. */
  key?: string
  /** For an array: keep the element under the pseudonym (a history entry) instead of taking the person out. */
  keep?: boolean
  /** How a record found through this field is erased (default: the collection's). */
  erase?: Erase
}

export interface PersonalDeclaration {
  collection: string
  owners: OwnerField[]
  /** remove: the record goes; anonymise: the record stays for the counts, without the person. */
  erase: Erase
  /** Personal fields blanked when anonymising (names, phones, free text about the person). */
  fields: string[]
}

type Spec = { personal?: { owners: OwnerField[]; erase: Erase; fields?: string[] } }

export const personalCollections: PersonalDeclaration[] = Object.entries((declared as { collections: Record<string, Spec> }).collections)
  .filter(([, spec]) => spec.personal)
  .map(([collection, spec]) => ({
    collection,
    owners: spec.personal!.owners,
    erase: spec.personal!.erase,
    fields: spec.personal!.fields ?? [],
  }))
