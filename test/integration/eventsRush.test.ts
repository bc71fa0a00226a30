// Sign-up under a rush: many people at once, one person many times at once, cancellations racing each other.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, arrangeEventPeople, createEvent } from '../helpers/eventsFixture'

jest.setTimeout(120_000)

let cloud: TestCloud
beforeAll(async () => {
  // Production-like: CloudBase runs up to 1000 instances of a function at once, so the rush really is concurrent.
  cloud = await startTestCloud({ instancesPerFunction: 64 })
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

const people = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`)
const signups = (eventId: string, status?: string) => cloud.store.find('signups', status ? { eventId, status } : { eventId })
const event = async (id: string) => (await cloud.store.find('events', { _id: id }))[0]
/** The waitlist in its order by rule: the key (waitTicket, then record id) — not by what the code under test sorts. */
const byWaitKey = (docs: Array<Record<string, unknown>>) =>
  [...docs].sort((a, b) => (a.waitTicket as number) - (b.waitTicket as number) || String(a._id).localeCompare(String(b._id)))
/** The place each person is shown on the event page (events.get), counted when shown. */
const shownPlace = async (id: string, who: string) => {
  const view = await cloud.call('events.get', { id }, who)
  if (!view.ok) throw new Error(view.error.message)
  return view.data.mine?.position
}

it('60 people at once on a 5-seat event: exactly 5 seated, 55 waitlisted, shown places 1–55 in waitlist-key order', async () => {
  const id = await createEvent(cloud, { capacity: 5 })
  const results = await Promise.all(people(60, 'rush').map((who) => cloud.call('events.signup', { eventId: id }, who)))
  expect(results.every((r) => r.ok)).toBe(true)
  const statuses = results.map((r) => (r.ok ? r.data.status : 'error'))
  expect(statuses.filter((s) => s === 'seated')).toHaveLength(5)
  expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(55)
  expect(await signups(id, 'seated')).toHaveLength(5)
  expect((await event(id)).seatsTaken).toBe(5)
  const waiting = byWaitKey(await signups(id, 'waitlisted'))
  const places = await Promise.all(waiting.map((s) => shownPlace(id, s.openid as string)))
  expect(places).toEqual(Array.from({ length: 55 }, (_, i) => i + 1))
})

it('60 people at once on a 5-seat event without a waitlist: 5 seated, 55 FULL, no stray records', async () => {
  const id = await createEvent(cloud, { capacity: 5, waitlistEnabled: false })
  const results = await Promise.all(people(60, 'nowait').map((who) => cloud.call('events.signup', { eventId: id }, who)))
  expect(results.filter((r) => r.ok)).toHaveLength(5)
  expect(results.filter((r) => !r.ok && r.error.code === 'FULL')).toHaveLength(55)
  expect(await signups(id)).toHaveLength(5)
  expect((await event(id)).seatsTaken).toBe(5)
})

it('one person tapping 20 times at once on two devices gets one sign-up and one seat', async () => {
  const id = await createEvent(cloud, { capacity: 3 })
  const results = await Promise.all(Array.from({ length: 20 }, () => cloud.call('events.signup', { eventId: id }, 'eager')))
  expect(results.map((r) => (r.ok ? r.data.status : r.error.code))).toEqual(Array(20).fill('seated'))
  expect(await signups(id)).toHaveLength(1)
  expect((await event(id)).seatsTaken).toBe(1)
})

it('the same person many times at once on a full event: one waitlist ticket', async () => {
  const id = await createEvent(cloud, { capacity: 1 })
  await cloud.call('events.signup', { eventId: id }, 'first')
  const results = await Promise.all(Array.from({ length: 15 }, () => cloud.call('events.signup', { eventId: id }, 'second')))
  expect(results.map((r) => (r.ok ? r.data.status : r.error.code))).toEqual(Array(15).fill('waitlisted'))
  expect(await signups(id, 'waitlisted')).toHaveLength(1)
  expect(await shownPlace(id, 'second')).toBe(1)
})

it('10 seated cancel at once with 15 waiting: the first 10 waiting move up, each exactly once, never above capacity', async () => {
  const id = await createEvent(cloud, { capacity: 10 })
  const seated = people(10, 'seat')
  const waiting = people(15, 'wait')
  for (const who of [...seated, ...waiting]) await cloud.call('events.signup', { eventId: id }, who)
  const cancels = await Promise.all(seated.map((who) => cloud.call('events.cancel', { eventId: id }, who)))
  expect(cancels.map((r) => (r.ok ? r.data.promoted : -1)).reduce((a, b) => a + b, 0)).toBe(10)
  // Sequential sign-ups under one fixed clock: the waitlist key ties on time, so the record id (arrival names) orders them.
  const nowSeated = (await signups(id, 'seated')).map((s) => s.openid).sort()
  expect(nowSeated).toEqual(waiting.slice(0, 10))
  expect((await event(id)).seatsTaken).toBe(10)
  expect((await signups(id, 'waitlisted')).map((s) => s.openid).sort()).toEqual(waiting.slice(10))
})

it('cancellations racing new sign-ups and more cancellations never seat more than capacity', async () => {
  const id = await createEvent(cloud, { capacity: 4 })
  const first = people(12, 'mix')
  for (const who of first) await cloud.call('events.signup', { eventId: id }, who)
  const later = people(12, 'late')
  await Promise.all([
    ...first.slice(0, 6).map((who) => cloud.call('events.cancel', { eventId: id }, who)),
    ...later.map((who) => cloud.call('events.signup', { eventId: id }, who)),
  ])
  const seatedNow = await signups(id, 'seated')
  expect(seatedNow).toHaveLength(4)
  expect((await event(id)).seatsTaken).toBe(4)
  // Nobody waits while a seat is free, and nobody is both waiting and seated.
  const waitingNow = await signups(id, 'waitlisted')
  expect(waitingNow.length).toBe(24 - 6 - 4)
  expect(await signups(id, 'pending')).toHaveLength(0)
})
