import { managerChangeInput } from '@/types/shops'
import { defineAction } from '../core/action'
import { getOrNull, runTransaction } from '../core/transaction'
import { db } from '../core/cloud'
import { loadUser } from '../core/caller'
import type { Transaction } from '../core/db'
import { AppError, notFound } from '../core/errors'
import { assertInScope, callerScope, type Scope } from '../core/scope'
import { withGrant } from '../users/roles'
import { updateRoles } from '../users/userStore'
import { shopsManagedBy } from './membership'
import { stintId, type ShopDoc, type ShopManagerDoc } from './shopDoc'
import { STAFF_ROLES } from '@/types/roles'

async function shopInTransaction(transaction: Transaction, shopId: string, scope: Scope) {
  const ref = transaction.collection('shops').doc(shopId)
  const shop = await getOrNull<ShopDoc>(ref)
  if (!shop) throw notFound('没有找到这家店')
  return { ref, shop: assertInScope(scope, shop, '没有找到这家店') }
}

/** Staff attach a new manager: they see the shop's whole history and act for it; they become a merchant. */
export const attachManager = defineAction({
  name: 'shops.attachManager',
  input: managerChangeInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const scope = callerScope(caller)
    const managerCount = (await runTransaction(async (transaction: Transaction) => {
      const { ref, shop } = await shopInTransaction(transaction, input.shopId, scope)
      if (shop.managerOpenids.includes(input.openid)) return shop.managerOpenids.length
      const managers = [...shop.managers, { openid: input.openid, since: now }]
      await ref.update({ data: { managers, managerOpenids: managers.map((m) => m.openid), updatedAt: now } })
      const stint: Omit<ShopManagerDoc, '_id'> = { shopId: shop._id, openid: input.openid, from: now, to: null }
      await transaction
        .collection('shopManagers')
        .doc(stintId(shop._id, input.openid, now))
        .set({ data: stint })
      return managers.length
    })) as number
    let added = false
    await updateRoles(input.openid, now, (roles) => {
      added = !roles.includes('merchant')
      return withGrant(roles, 'merchant', true)
    })
    // Remember that the role came with a shop, so detaching takes back only what attaching gave.
    if (added)
      await db
        .collection('users')
        .doc(input.openid)
        .update({ data: { merchantFromShops: true } })
    return { shopId: input.shopId, managerCount }
  },
})

/** Staff detach a manager who left: access ends at once; the shop and its history stay. */
export const detachManager = defineAction({
  name: 'shops.detachManager',
  input: managerChangeInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const scope = callerScope(caller)
    const managerCount = (await runTransaction(async (transaction: Transaction) => {
      const { ref, shop } = await shopInTransaction(transaction, input.shopId, scope)
      const leaving = shop.managers.find((m) => m.openid === input.openid)
      if (!leaving) throw new AppError('CONFLICT', '此人不是这家店的负责人')
      const managers = shop.managers.filter((m) => m.openid !== input.openid)
      await ref.update({ data: { managers, managerOpenids: managers.map((m) => m.openid), updatedAt: now } })
      await transaction
        .collection('shopManagers')
        .doc(stintId(shop._id, input.openid, new Date(leaving.since)))
        .update({ data: { to: now } })
      return managers.length
    })) as number
    // The merchant role goes when no shop is left, unless an admin granted it (users.grantRole marks that).
    const user = await loadUser(input.openid)
    if ((await shopsManagedBy(input.openid)).length === 0 && (user as { merchantFromShops?: boolean } | null)?.merchantFromShops !== false) {
      await updateRoles(input.openid, now, (roles) => withGrant(roles, 'merchant', false))
      await db
        .collection('users')
        .doc(input.openid)
        .update({ data: { merchantFromShops: false } })
    }
    return { shopId: input.shopId, managerCount }
  },
})
