// The shop edit form: what it holds and the `shops.upsert` input it becomes (no Taro here: unit-tested).
import type { z } from 'zod'
import type { RegistryShopDetail, upsertShopInput } from '@/types/shopRegistry'
import type { Grid, ShopCategory, ShopTag } from '@/types/shops.vocab'
import { BLOCK_CENTRE } from '@/types/stations.vocab'

/** Taro event the edit page fires with the shop id after a save, so an open 商户档案 reads it again. */
export const SHOP_SAVED = 'staff.shopSaved'

export interface ShopFormState {
  name: string
  address: string
  category: ShopCategory | null
  grid: Grid | null
  tags: ShopTag[]
  lat: number
  lng: number
  /** false: the block centre stands in until someone picks the spot on a phone. */
  placed: boolean
  contactName: string
  contactPhone: string
}

export const newShopForm = (): ShopFormState => ({
  name: '',
  address: '',
  category: null,
  grid: null,
  tags: [],
  lat: BLOCK_CENTRE.lat,
  lng: BLOCK_CENTRE.lng,
  placed: false,
  contactName: '',
  contactPhone: '',
})

export function shopFormFrom(shop: RegistryShopDetail): ShopFormState {
  return {
    name: shop.name,
    address: shop.address,
    category: shop.category,
    grid: shop.grid,
    tags: [...shop.tags],
    lat: shop.lat,
    lng: shop.lng,
    placed: true,
    contactName: shop.contact?.name ?? '',
    contactPhone: shop.contact?.phone ?? '',
  }
}

/** What still stops saving, in words; null when the form can go. The server checks again. */
export function shopFormProblem(form: ShopFormState): string | null {
  if (!form.name.trim()) return '请填写店名'
  if (!form.address.trim()) return '请填写地址'
  if (!form.category) return '请选择类别'
  if (!form.grid) return '请选择网格'
  if (!!form.contactName.trim() !== !!form.contactPhone.trim()) return '联系人和电话要一起填'
  return null
}

/** `blockId`: the block of the chosen grid (grids are data: each belongs to one block); null leaves it to the server. */
export function toUpsertInput(form: ShopFormState, shopId?: string, blockId?: string | null): z.input<typeof upsertShopInput> {
  const contact = form.contactName.trim() && form.contactPhone.trim() ? { name: form.contactName.trim(), phone: form.contactPhone.trim() } : undefined
  return {
    ...(shopId ? { shopId } : {}),
    shop: {
      name: form.name.trim(),
      address: form.address.trim(),
      lat: form.lat,
      lng: form.lng,
      category: form.category as ShopCategory,
      grid: form.grid as Grid,
      tags: form.tags,
    },
    ...(blockId ? { blockId } : {}),
    ...(contact ? { contact } : {}),
  }
}
