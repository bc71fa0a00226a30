// The merchant registry (商户名录), staff only: shops with their current and past contacts.
import { z } from 'zod'
import { blockIdField, gridIdField } from './org'
import { text, mobile, requestId } from './fields'
import { shopFieldsSchema, type ShopView } from './shops'
import { SHOP_TAGS } from './shops.vocab'

/** The contact is a person: a mainland mobile, normalised (`+86 138 0013 8000` → `13800138000`). */
const phone = mobile('联系电话应为 11 位手机号')
export const shopContactSchema = z.object({ name: text({ max: 30, min: 1, required: '请填写联系人', tooLong: '联系人最多 30 字' }), phone }).strict()

export const listShopsInput = z
  .object({
    grid: gridIdField().optional(),
    tag: z.enum(SHOP_TAGS).optional(),
    /** Part of the name or address. */
    q: text({ max: 30 }).optional(),
  })
  .strict()

export const getShopInput = z.object({ shopId: z.string().min(1).max(64) }).strict()

export const upsertShopInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    /** Absent: a new shop. */
    shopId: z.string().min(1).max(64).optional(),
    shop: shopFieldsSchema,
    /** The shop's block (issue 16): default the staff member's only block, else the block at the shop's position. */
    blockId: blockIdField().optional(),
    /** The person to call now; a different one closes the previous contact (kept as past). */
    contact: shopContactSchema.optional(),
  })
  .strict()

export interface ShopContactView {
  name: string
  phone: string
  from: string
  to: string | null
}

export interface RegistryShopSummary extends ShopView {
  /** Masked: "王**", "138****5678". */
  contactName: string | null
  contactPhone: string | null
  lastVisitAt: string | null
}

/** A current manager: the openid is there only so staff can detach them. */
export interface CurrentManagerView {
  openid: string
  nickname: string
  since: string
}

/** Someone who ran the shop before: name and dates, no openid. */
export interface PastManagerView {
  nickname: string
  from: string
  to: string
}

export interface RegistryShopDetail extends ShopView {
  contact: ShopContactView | null
  pastContacts: ShopContactView[]
  managerCount: number
  managers: CurrentManagerView[]
  /** Newest first. */
  pastManagers: PastManagerView[]
  lastVisitAt: string | null
}

export interface ShopRegistryActions {
  'shops.list': { input: typeof listShopsInput; output: { shops: RegistryShopSummary[]; total: number } }
  'shops.get': { input: typeof getShopInput; output: RegistryShopDetail }
  'shops.upsert': { input: typeof upsertShopInput; output: RegistryShopDetail }
}
