import type { WallShop } from '@/types/projects'
import { docsByIds } from '../core/byIds'
import { toShopView, type ShopDoc } from '../shops/shopDoc'
import type { ClaimDoc } from './projectDoc'

/** Groups on-wall claims by shop, in the order the shops are given (or claim order), each with its perks. */
export async function wallShops(onWall: ClaimDoc[], knownShops?: Array<ShopDoc & { distanceM?: number }>): Promise<WallShop[]> {
  const shopIds = [...new Set(onWall.map((c) => c.shopId))]
  if (shopIds.length === 0) return []
  const shops = knownShops ?? (await docsByIds<ShopDoc>('shops', shopIds))
  const byShop = new Map<string, ClaimDoc[]>()
  for (const claim of onWall) byShop.set(claim.shopId, [...(byShop.get(claim.shopId) ?? []), claim])
  return (shops as Array<ShopDoc & { distanceM?: number }>)
    .filter((shop) => byShop.has(shop._id))
    .map((shop) => ({
      shop: toShopView(shop),
      perks: (byShop.get(shop._id) ?? []).map((c) => ({ projectId: c.projectId, projectName: c.projectName, commitment: c.commitment })),
      ...(shop.distanceM !== undefined ? { distanceM: Math.round(shop.distanceM) } : {}),
    }))
}
