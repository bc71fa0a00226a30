// Phones in staff lists are masked; the full value appears only on a detail a staff member opens, which is logged.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const PHONE = /1[3-9]\d{9}/g

let cloud: TestCloud
let phones: string[]
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  const forms = await cloud.store.find('signupForms', {})
  const contacts = await cloud.store.find('shopContacts', {})
  phones = [...new Set([...JSON.stringify(forms).matchAll(PHONE), ...JSON.stringify(contacts).matchAll(PHONE)].map((m) => m[0]))]
})
afterAll(() => cloud?.stop())

async function staff<T>(action: string, data: unknown): Promise<T> {
  const res = await cloud.callUnchecked<T>(action, data, 'demo-staff')
  if (!res.ok) throw new Error(`${action}: ${res.error.code} ${res.error.message}`)
  return res.data
}

function leaked(answer: unknown): string[] {
  const text = JSON.stringify(answer)
  return phones.filter((phone) => text.includes(phone))
}

it('the seed holds personal phones to protect', () => {
  expect(phones.length).toBeGreaterThan(5)
})

it('no staff list shows a full phone', async () => {
  const { events } = await staff<{ events: Array<{ id: string }> }>('events.manage', { includePast: true })
  const activities = await cloud.store.find('teamActivities', {})
  const lists: Array<[string, unknown]> = [
    ['events.manage', { includePast: true }],
    ...events.flatMap((e): Array<[string, unknown]> => [
      ['events.roster', { eventId: e.id }],
      ['events.rosterCsv', { eventId: e.id }],
    ]),
    ['shops.list', {}],
    ['visits.list', {}],
    ['needs.inbox', {}],
    ['projects.reviewQueue', {}],
    ['projects.intents', {}],
    ['badges.list', {}],
    ...activities.map((a): [string, unknown] => ['hours.forActivity', { activityId: a._id }]),
    ['dashboard.csv', { from: '2026-01-01', to: '2026-12-31' }],
  ]
  for (const [action, data] of lists) expect([action, leaked(await staff(action, data))]).toEqual([action, []])
})

it('a detail a staff member opens shows the full phone and is written to the access log', async () => {
  const shopWithContact = (await cloud.store.find('shopContacts', { to: null }))[0]
  const logBefore = await cloud.store.count('accessLog', { staffOpenid: 'demo-staff' })
  const shop = await staff('shops.get', { shopId: shopWithContact.shopId })
  expect(JSON.stringify(shop)).toContain(shopWithContact.phone as string)

  const form = (await cloud.store.find('signupForms', {})).find((f) => JSON.stringify(f.answers).match(PHONE))!
  const detail = await staff('events.signupDetail', { signupId: form._id })
  expect(leaked(detail).length).toBeGreaterThan(0)

  const entries = await cloud.store.find('accessLog', { staffOpenid: 'demo-staff' })
  expect(entries.length).toBe(logBefore + 2)
  expect(entries.map((e) => e.subject)).toEqual(expect.arrayContaining(['shop.contact', 'signup.form']))
})

it('the visit log does not tell one staff member another’s openid', async () => {
  const visits = await cloud.store.find('visits', {})
  const visitors = [...new Set(visits.map((v) => v.staffOpenid as string))]
  expect(visitors.length).toBeGreaterThan(0)
  const res = await cloud.call('visits.list', {}, 'demo-admin')
  if (!res.ok) throw new Error(res.error.message)
  const text = JSON.stringify(res.data)
  expect(visitors.filter((openid) => openid !== 'demo-admin' && text.includes(openid))).toEqual([])
})
