import type { Caller } from '../core/caller'
import { _, db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { forbidden, notFound } from '../core/errors'
import type { ShopDoc } from './shopDoc'

export async function loadShop(shopId: string): Promise<ShopDoc> {
  const shop = await firstDoc<ShopDoc>(db.collection('shops').where({ _id: shopId }).limit(1))
  if (!shop) throw notFound('没有找到这家店')
  return shop
}

/** The shops this person runs now. */
export async function shopsManagedBy(openid: string): Promise<ShopDoc[]> {
  return getDocs<ShopDoc>(
    db
      .collection('shops')
      .where({ managerOpenids: _.all([openid]) })
      .limit(100),
  )
}

/**
 * Only the shop's current managers act for it; a former manager lost access the moment staff detached them.
 * Staff act through their own actions, not through this check.
 */
export async function requireShopManager(caller: Caller, shopId: string): Promise<ShopDoc> {
  const shop = await loadShop(shopId)
  if (!shop.managerOpenids.includes(caller.openid)) throw forbidden('你不是这家店的负责人')
  return shop
}
