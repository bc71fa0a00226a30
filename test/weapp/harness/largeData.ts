// The large block the budgets must hold on (issue 11): 1,000 sign-ups on one event, 200 shops, 500 needs.
// Arranged straight into the store, copying the seed's own records so every field is one the app writes.
import type { LocalCloudStore } from '@/local-cloud'

export const LARGE = { eventId: 'ev-demo-sports', signups: 1000, shops: 200, needs: 500 } as const

type Doc = Record<string, unknown>

const pad = (n: number, width = 4) => String(n).padStart(width, '0')

/** Fills the event's roster to 1,000 seated sign-ups (with form answers) and raises its capacity to match. */
async function arrangeSignups(store: LocalCloudStore): Promise<void> {
  const existing = (await store.find('signups', { eventId: LARGE.eventId })) as Doc[]
  const forms = (await store.find('signupForms', { eventId: LARGE.eventId })) as Doc[]
  const template = existing[0]
  const formTemplate = forms[0]
  const signups: Doc[] = []
  const answers: Doc[] = []
  for (let i = existing.length; i < LARGE.signups; i++) {
    const openid = `large-neighbour-${pad(i + 1)}`
    const id = `${LARGE.eventId}:${openid}`
    const createdAt = new Date((template.createdAt as Date).getTime() + i * 1000)
    signups.push({
      ...template,
      _id: id,
      openid,
      status: 'seated',
      waitTicket: null,
      checkinToken: `${id}-token`,
      checkedInAt: null,
      checkedInBy: null,
      createdAt,
      updatedAt: createdAt,
    })
    if (formTemplate)
      answers.push({
        ...formTemplate,
        _id: id,
        openid,
        answers: { name: `邻居${i + 1}`, phone: `139${String(10000000 + i * 7919).slice(-8)}` },
        updatedAt: createdAt,
      })
  }
  await store.insertMany('signups', signups)
  if (answers.length) await store.insertMany('signupForms', answers)
  await store.update('events', { _id: LARGE.eventId }, { $set: { capacity: LARGE.signups, seatsTaken: LARGE.signups } })
}

/** Copies of the seeded shops (same grids, categories and contacts) until the registry holds 200. */
async function arrangeShops(store: LocalCloudStore): Promise<void> {
  const shops = (await store.find('shops', {}, { sort: { _id: 1 } })) as Doc[]
  const copies: Doc[] = []
  for (let i = shops.length; i < LARGE.shops; i++) {
    const from = shops[i % shops.length]
    copies.push({ ...from, _id: `shop-large-${pad(i + 1)}`, name: `${from.name as string}${i + 1}号店`, managers: [] })
  }
  await store.insertMany('shops', copies)
}

/** Copies of the seeded needs until there are 500, a third of them the demo merchant's own. */
async function arrangeNeeds(store: LocalCloudStore): Promise<void> {
  const needs = (await store.find('needs', {}, { sort: { _id: 1 } })) as Doc[]
  const copies: Doc[] = []
  for (let i = needs.length; i < LARGE.needs; i++) {
    const from = needs[i % needs.length]
    copies.push({ ...from, _id: `need-large-${pad(i + 1)}`, submitterOpenid: i % 3 === 0 ? 'demo-merchant' : `large-neighbour-${pad(i + 1)}` })
  }
  await store.insertMany('needs', copies)
}

export async function arrangeLargeData(store: LocalCloudStore): Promise<void> {
  await arrangeSignups(store)
  await arrangeShops(store)
  await arrangeNeeds(store)
}
