import { upsertShopInput } from '@/types/shopRegistry'
import { defineAction } from '../core/action'
import { replacingObjects } from '../core/wholeFields'
import { getOrNull, runTransaction } from '../core/transaction'
import type { Transaction } from '../core/db'
import { notFound } from '../core/errors'
import { geoPoint } from '../core/geo'
import { contactId, type RegistryShopDoc, type ShopContactDoc } from './registryDoc'
import { shopDetail } from './registry'
import { assertInScope, callerScope, placeInScope } from '../core/scope'
import { firstDoc } from '../core/db'
import { db } from '../core/cloud'
import { assertGridOfBlock } from '../org/gridCheck'
import { STAFF_ROLES } from '@/types/roles'

const newShopId = (now: Date) => `shop-${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/**
 * Staff add or edit a shop. A new contact person closes the previous one (kept as a past contact), so the shop
 * record outlives whoever runs it. One transaction of single-document operations.
 */
export const upsertShop = defineAction({
  name: 'shops.upsert',
  input: upsertShopInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const { lat, lng, ...fields } = input.shop
    const scope = callerScope(caller)
    // Where the shop sits: an edit keeps its block unless another is asked for; both must lie in the caller's scope.
    const stored = input.shopId ? await firstDoc<RegistryShopDoc>(db.collection('shops').where({ _id: input.shopId }).limit(1)) : null
    if (input.shopId) assertInScope(scope, stored, '没有找到这家店')
    const storedPlace = stored as { blockId?: string | null; streetId?: string | null } | null
    const place =
      stored && !input.blockId && storedPlace?.blockId
        ? { blockId: storedPlace.blockId, streetId: storedPlace.streetId ?? null }
        : await placeInScope(scope, input.blockId, { lat, lng })
    await assertGridOfBlock(place, fields.grid)
    const shopId = await runTransaction(async (transaction: Transaction) => {
      const id = input.shopId ?? newShopId(now)
      const ref = transaction.collection('shops').doc(id)
      const existing = input.shopId ? await getOrNull<RegistryShopDoc>(ref) : null
      if (input.shopId && !existing) throw notFound('没有找到这家店')
      let currentContact = existing?.contactId ?? null
      if (input.contact) {
        const old = currentContact ? await getOrNull<ShopContactDoc>(transaction.collection('shopContacts').doc(currentContact)) : null
        const same = old && !old.to && old.name === input.contact.name && old.phone === input.contact.phone
        if (!same) {
          if (old && !old.to)
            await transaction
              .collection('shopContacts')
              .doc(currentContact as string)
              .update({ data: { to: now } })
          currentContact = contactId(id, now)
          const contact: Omit<ShopContactDoc, '_id'> = { shopId: id, ...input.contact, from: now, to: null }
          await transaction.collection('shopContacts').doc(currentContact).set({ data: contact })
        }
      }
      const record = { ...fields, ...place, location: geoPoint(lat, lng), contactId: currentContact, updatedAt: now }
      if (existing) await ref.update({ data: replacingObjects(record) })
      else await ref.set({ data: { ...record, managers: [], managerOpenids: [], createdAt: now, lastVisitAt: null } })
      return id
    })
    return shopDetail(shopId as string, scope)
  },
})
