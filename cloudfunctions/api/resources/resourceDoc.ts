import type { ResourceView } from '@/types/resources'
import type { ResourceKind } from '@/types/resources.vocab'

/** An entry of the resource pack or the action toolkit, in the `resources` collection. */
export interface ResourceDoc {
  _id: string
  category: ResourceKind
  title: string
  summary: string
  contactName: string | null
  /** A public service number of an organisation, fine to show. */
  phone: string | null
  address: string | null
  hours: string | null
  link: string | null
  steps: string[]
  updatedAt: Date
}

/** A person's favourite: `_id` is `${openid}:${resourceId}`, so favouriting twice is one record. */
export interface FavouriteDoc {
  _id: string
  openid: string
  resourceId: string
  createdAt: Date
}

export const favouriteId = (openid: string, resourceId: string) => `${openid}:${resourceId}`

export function toResourceView(doc: ResourceDoc): ResourceView {
  return {
    id: doc._id,
    category: doc.category,
    title: doc.title,
    summary: doc.summary,
    contactName: doc.contactName ?? null,
    phone: doc.phone ?? null,
    address: doc.address ?? null,
    hours: doc.hours ?? null,
    link: doc.link ?? null,
    steps: doc.steps ?? [],
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}
