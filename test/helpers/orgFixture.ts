// A street of three blocks with shops, visits, needs and events spread over them, for the street dashboard's test
// and bench (bench/orgDashboard.ts). Deterministic: record i goes to block i % 3.
import type { TestCloud } from './localCloud'

export const ORG_STREET = 'street-bench'
export const ORG_BLOCKS = ['bench-block-1', 'bench-block-2', 'bench-block-3']
export const ORG_FROM = '2026-09-01'
export const ORG_TO = '2026-11-27'

export async function arrangeStreet(cloud: TestCloud, counts: { shops: number; visits: number; needs: number; events: number }, at: Date): Promise<void> {
  const place = (i: number) => ({ blockId: ORG_BLOCKS[i % 3], streetId: ORG_STREET })
  await cloud.store.insertMany('streets', [{ _id: ORG_STREET, name: '测试街道', createdAt: at, updatedAt: at }])
  await cloud.store.insertMany(
    'blocks',
    ORG_BLOCKS.map((_id, i) => ({
      _id,
      streetId: ORG_STREET,
      name: `第${i + 1}街区`,
      branch: '党支部',
      centre: { lat: 31.2 + i / 100, lng: 121.42 },
      boundary: null,
      createdAt: at,
      updatedAt: at,
    })),
  )
  await cloud.store.insertMany('users', [
    { _id: 'bench-street-admin', roles: ['staff', 'admin'], nickname: '街道管理员', createdAt: at, scope: { level: 'street', streetIds: [ORG_STREET] } },
  ])
  const shops = Array.from({ length: counts.shops }, (_, i) => ({
    _id: `bshop-${i}`,
    name: `店${i}`,
    address: `路 ${i} 号`,
    location: { type: 'Point', coordinates: [121.42, 31.2] },
    category: 'retail',
    grid: 'g',
    tags: [],
    managers: [],
    managerOpenids: [],
    contactId: null,
    lastVisitAt: null,
    createdAt: at,
    ...place(i),
  }))
  await cloud.store.insertMany('shops', shops)
  const days = 88
  // Visit j is to shop (j * 7) % shops, so some shops get several visits and some none.
  const visits = Array.from({ length: counts.visits }, (_, j) => {
    const shop = (j * 7) % Math.max(1, Math.floor(counts.shops * 0.9))
    const day = new Date(Date.parse(`${ORG_FROM}T00:00:00Z`) + (j % days) * 86_400_000).toISOString().slice(0, 10)
    return {
      _id: `bvisit-${j}`,
      shopId: `bshop-${shop}`,
      shopName: `店${shop}`,
      grid: 'g',
      day,
      staffOpenid: 'bench-street-admin',
      notes: null,
      photos: [],
      needId: null,
      createdAt: at,
      ...place(shop),
    }
  })
  for (let i = 0; i < visits.length; i += 2000) await cloud.store.insertMany('visits', visits.slice(i, i + 2000))
  const statuses = ['submitted', 'accepted', 'resolved']
  await cloud.store.insertMany(
    'needs',
    Array.from({ length: counts.needs }, (_, i) => ({
      _id: `bneed-${i}`,
      submitterOpenid: 'x',
      category: 'other',
      description: '诉求',
      level: 1 + (i % 3),
      status: statuses[i % 3],
      createdAt: new Date(`2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+08:00`),
      ...place(i),
    })),
  )
  await cloud.store.insertMany(
    'events',
    Array.from({ length: counts.events }, (_, i) => ({
      _id: `bevent-${i}`,
      title: '活动',
      status: 'published',
      startAt: new Date(`2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+08:00`),
      ...place(i),
    })),
  )
}
