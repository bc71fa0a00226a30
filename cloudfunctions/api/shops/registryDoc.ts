// The registry's view of a shop: the shop record plus what the registry keeps beside it.
import type { ShopContactView } from '@/types/shopRegistry'
import type { ShopDoc } from './shopDoc'

/** Registry fields kept on the shop record (no personal data: the contact itself lives in `shopContacts`). */
export interface RegistryShopDoc extends ShopDoc {
  /** The current contact's `shopContacts` id. */
  contactId?: string | null
  lastVisitAt?: Date | null
}

/** One contact person of one shop, for as long as they were the one to call (functions only: personal data). */
export interface ShopContactDoc {
  _id: string
  shopId: string
  name: string
  phone: string
  from: Date
  to: Date | null
}

export const contactId = (shopId: string, from: Date) => `${shopId}:${from.getTime()}`

export function toContactView(doc: ShopContactDoc): ShopContactView {
  return { name: doc.name, phone: doc.phone, from: new Date(doc.from).toISOString(), to: doc.to ? new Date(doc.to).toISOString() : null }
}

export const isoOrNull = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
