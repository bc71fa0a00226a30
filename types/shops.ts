import { z } from 'zod'
import { gridIdField } from './org'
import { text } from './fields'
import { SHOP_CATEGORIES, SHOP_TAGS, type Grid, type ShopCategory, type ShopTag } from './shops.vocab'

export const myShopsInput = z.object({}).strict()

export const shopIdInput = z.object({ shopId: z.string().min(1).max(64) }).strict()

export const managerChangeInput = z
  .object({
    shopId: z.string().min(1).max(64),
    /** The person's openid (staff read it from the person's 我的 page or a QR code). */
    openid: z.string().min(1).max(64),
  })
  .strict()

/** A shop as its own managers and the public see it (no personal data). */
export interface ShopView {
  id: string
  name: string
  address: string
  lat: number
  lng: number
  category: ShopCategory
  grid: Grid
  tags: ShopTag[]
}

export const shopFieldsSchema = z
  .object({
    name: text({ max: 60, min: 1, required: '请填写店名' }),
    address: text({ max: 120, min: 1, required: '请填写地址' }),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    category: z.enum(SHOP_CATEGORIES),
    grid: gridIdField(),
    tags: z.array(z.enum(SHOP_TAGS)).max(SHOP_TAGS.length),
  })
  .strict()

export interface ShopsActions {
  'shops.mine': { input: typeof myShopsInput; output: { shops: ShopView[] } }
  'shops.attachManager': { input: typeof managerChangeInput; output: { shopId: string; managerCount: number } }
  'shops.detachManager': { input: typeof managerChangeInput; output: { shopId: string; managerCount: number } }
}
