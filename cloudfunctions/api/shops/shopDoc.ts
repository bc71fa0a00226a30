import type { ShopView } from '@/types/shops'
import type { Grid, ShopCategory, ShopTag } from '@/types/shops.vocab'
import { pointLngLat, type GeoPoint } from '../core/geo'

/**
 * A shop in the `shops` collection. The record outlives the people who run it: managers come and go
 * (`managerOpenids` are the current ones; `shopManagers` keeps the history). Contact details live apart,
 * in a collection only functions read.
 */
export interface ShopDoc {
  _id: string
  name: string
  address: string
  location: GeoPoint
  category: ShopCategory
  grid: Grid
  tags: ShopTag[]
  /** The current managers and since when (a stint's history id is derived from both). */
  managers: Array<{ openid: string; since: Date }>
  /** The same openids, flat, so "shops this person manages" is a plain array query. */
  managerOpenids: string[]
  createdAt: Date
  updatedAt: Date
}

/** One stint of one person managing one shop (`_id` from `stintId`). */
export interface ShopManagerDoc {
  _id: string
  shopId: string
  openid: string
  from: Date
  to: Date | null
}

export function toShopView(doc: ShopDoc): ShopView {
  const [lng, lat] = pointLngLat(doc.location)
  return { id: doc._id, name: doc.name, address: doc.address, lat, lng, category: doc.category, grid: doc.grid, tags: doc.tags ?? [] }
}

export const stintId = (shopId: string, openid: string, since: Date) => `${shopId}:${openid}:${since.getTime()}`
