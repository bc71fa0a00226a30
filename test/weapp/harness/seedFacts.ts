// Ids the pages' query strings need, read from the seeded store (so they follow the seed, not a copy of it).
import type { LocalCloudStore } from '@/local-cloud'
import { LARGE } from './largeData'

/** Plain JSON: it crosses from the environment's realm into the test's. */
export interface SeedFacts {
  stationId: string
  eventId: string
  projectId: string
  resourceId: string
  noticeId: string
  teamId: string
  shopId: string
  /** A claim of the demo merchant's shop. */
  claimId: string
  /** One need each demo person submitted (a resolved, unrated one where they have it), and one any staff can open. */
  needOf: Record<string, string>
  anyNeedId: string
}

async function firstId(store: LocalCloudStore, collection: string, query: Record<string, unknown> = {}): Promise<string> {
  const [doc] = await store.find(collection, query, { sort: { _id: 1 }, limit: 1 })
  if (!doc) throw new Error(`The seed has no ${collection} matching ${JSON.stringify(query)}`)
  return String(doc._id)
}

export async function seedFacts(store: LocalCloudStore): Promise<SeedFacts> {
  const needs = await store.find('needs', {}, { sort: { _id: 1 } })
  const needOf: Record<string, string> = {}
  // Prefer a resolved need not yet rated: its page also shows the rating form (NutUI Rate).
  const rateable = (need: Record<string, unknown>) => need.status === 'resolved' && !need.rating
  for (const need of [...needs.filter(rateable), ...needs]) needOf[String(need.submitterOpenid)] ??= String(need._id)
  return {
    stationId: await firstId(store, 'stations', { kind: 'station' }),
    // The event the large data fills: its roster is the longest list in the app.
    eventId: await firstId(store, 'events', { _id: LARGE.eventId }),
    projectId: await firstId(store, 'projects'),
    resourceId: await firstId(store, 'resources'),
    noticeId: await firstId(store, 'notices'),
    teamId: await firstId(store, 'teams'),
    shopId: await firstId(store, 'shops', { managers: { $elemMatch: { openid: 'demo-merchant' } } }),
    claimId: await firstId(store, 'projectClaims', { shopId: await firstId(store, 'shops', { managers: { $elemMatch: { openid: 'demo-merchant' } } }) }),
    needOf,
    anyNeedId: String(needs[0]._id),
  }
}
