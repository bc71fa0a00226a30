// Who runs a shop now and who ran it before, for the staff shop file. Only current managers carry an openid
// (staff need it to detach them); past ones are names and dates.
import type { CurrentManagerView, PastManagerView } from '@/types/shopRegistry'
import type { UserDoc } from '../core/caller'
import { db } from '../core/cloud'
import { docsByIds } from '../core/byIds'
import { getDocs } from '../core/db'
import type { ShopDoc, ShopManagerDoc } from './shopDoc'

const NO_NICKNAME = '未设置昵称'
const iso = (d: Date | string) => new Date(d).toISOString()

async function nicknames(openids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(openids)]
  if (unique.length === 0) return new Map()
  const users = await docsByIds<UserDoc>('users', unique)
  return new Map(users.map((u) => [u._id, u.nickname]))
}

export async function managerHistory(shop: ShopDoc): Promise<{ managers: CurrentManagerView[]; pastManagers: PastManagerView[] }> {
  const stints = await getDocs<ShopManagerDoc>(db.collection('shopManagers').where({ shopId: shop._id }).orderBy('from', 'desc').limit(100))
  const past = stints.filter((s) => s.to)
  const names = await nicknames([...shop.managers.map((m) => m.openid), ...past.map((s) => s.openid)])
  const nameOf = (openid: string) => names.get(openid) || NO_NICKNAME
  return {
    managers: shop.managers.map((m) => ({ openid: m.openid, nickname: nameOf(m.openid), since: iso(m.since) })),
    pastManagers: past.map((s) => ({ nickname: nameOf(s.openid), from: iso(s.from), to: iso(s.to as Date) })),
  }
}
