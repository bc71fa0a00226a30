import type { AnyAction } from '../core/action'
import { attachManager, detachManager } from './managers'
import { myShops } from './mine'
import { getShop, listShops } from './registry'
import { upsertShop } from './upsert'

export const shopsActions: AnyAction[] = [myShops, attachManager, detachManager, listShops, getShop, upsertShop]
