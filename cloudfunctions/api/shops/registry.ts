// shops.list and shops.get: the merchant registry for staff. Lists mask the contact; the detail shows it whole
// and the opening is written to the access log.
import { getShopInput, listShopsInput, type RegistryShopDetail } from '@/types/shopRegistry'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { docsByIds } from '../core/byIds'
import { getDocs } from '../core/db'
import { logAccess, maskName, maskPhone } from '../core/privacy'
import { managerHistory } from './managerHistory'
import { loadShop } from './membership'
import { isoOrNull, toContactView, type RegistryShopDoc, type ShopContactDoc } from './registryDoc'
import { toShopView } from './shopDoc'
import { assertInScope, callerScope, scopeWhere, type Scope } from '../core/scope'
import { STAFF_ROLES } from '@/types/roles'

const PAGE = 100

export async function allShops(where: object = {}): Promise<RegistryShopDoc[]> {
  const shops: RegistryShopDoc[] = []
  for (;;) {
    const page = await getDocs<RegistryShopDoc>(db.collection('shops').where(where).orderBy('_id', 'asc').skip(shops.length).limit(PAGE))
    shops.push(...page)
    if (page.length < PAGE) return shops
  }
}

export const listShops = defineAction({
  name: 'shops.list',
  input: listShopsInput,
  roles: STAFF_ROLES,
  async handle({ caller, input }) {
    const where: Record<string, unknown> = { ...scopeWhere(callerScope(caller)) }
    if (input.grid) where.grid = input.grid
    if (input.tag) where.tags = _.all([input.tag])
    const q = input.q?.toLowerCase()
    const shops = (await allShops(where)).filter((s) => !q || `${s.name}${s.address}`.toLowerCase().includes(q))
    const ids = shops.map((s) => s.contactId).filter((id): id is string => !!id)
    const contacts = await docsByIds<ShopContactDoc>('shopContacts', ids)
    const byId = new Map(contacts.map((c) => [c._id, c]))
    return {
      total: shops.length,
      shops: shops.map((s) => {
        const contact = s.contactId ? byId.get(s.contactId) : undefined
        return { ...toShopView(s), contactName: maskName(contact?.name), contactPhone: maskPhone(contact?.phone), lastVisitAt: isoOrNull(s.lastVisitAt) }
      }),
    }
  },
})

/** A shop's registry detail; NOT_FOUND when the shop lies outside `scope` (issue 16). */
export async function shopDetail(shopId: string, scope: Scope): Promise<RegistryShopDetail> {
  const shop = assertInScope(scope, (await loadShop(shopId)) as RegistryShopDoc, '没有找到这家店')
  const contacts = await getDocs<ShopContactDoc>(db.collection('shopContacts').where({ shopId }).orderBy('from', 'desc').limit(100))
  const current = contacts.find((c) => c._id === shop.contactId && !c.to) ?? null
  const { managers, pastManagers } = await managerHistory(shop)
  return {
    ...toShopView(shop),
    contact: current ? toContactView(current) : null,
    pastContacts: contacts.filter((c) => c !== current).map(toContactView),
    managerCount: shop.managerOpenids.length,
    managers,
    pastManagers,
    lastVisitAt: isoOrNull(shop.lastVisitAt),
  }
}

export const getShop = defineAction({
  name: 'shops.get',
  input: getShopInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const detail = await shopDetail(input.shopId, callerScope(caller))
    if (detail.contact || detail.pastContacts.length) await logAccess(caller, 'shop.contact', input.shopId, null, now)
    return detail
  },
})
