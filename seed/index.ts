// The believable demo block the local cloud loads on its first start.
import { stationDoc } from '../cloudfunctions/api/stations/stationDoc'
import { demoShopManagers, demoShops } from './shops'
import { demoStations } from './stations'
import { demoUsers } from './users'

export interface SeedTarget {
  insertMany(collection: string, docs: object[]): Promise<unknown>
}

export async function seedDemoBlock(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany(
    'users',
    demoUsers.map((user) => ({ ...user, createdAt: now })),
  )
  await store.insertMany(
    'stations',
    demoStations.map((fields) => stationDoc(fields, now)),
  )
  await store.insertMany('shops', demoShops)
  await store.insertMany('shopManagers', demoShopManagers)
  // Each feature seeds its own collections below (seed/<feature>.ts).
}
