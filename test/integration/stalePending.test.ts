// A sign-up interrupted by a crash (a `pending` record older than the api function's time limit) stops blocking
// its person once the cron job runs, the job is safe to run twice, and a seat it held passes to the next real
// person on the waitlist (issue 13: "A `pending` sign-up older than the function's time limit is reclaimed").
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTION_TIME_LIMIT_MS } from '@/cloudfunctions/api/core/requestOnce'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, arrangeEventPeople, createEvent, hoursFrom, ok } from '../helpers/eventsFixture'

type CronAnswer = { ok: boolean; data: { results: Record<string, { stale: number; reclaimed: number }> } }

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())
afterEach(() => cloud.setNow(NOW))

const runCron = async () => (await cloud.fireTimer<CronAnswer>('cron', 'every5min')).data.results['events.reclaimStalePending']
const signupOf = async (eventId: string, who: string) => (await cloud.store.find('signups', { _id: `${eventId}:${who}` }))[0]
const eventDoc = async (id: string) => (await cloud.store.find('events', { _id: id }))[0]
/** A record as the dead request left it: claimed, not yet seated or queued. */
const crashed = (eventId: string, openid: string, at: Date) => ({
  _id: `${eventId}:${openid}`,
  eventId,
  openid,
  status: 'pending',
  waitTicket: null,
  checkinToken: 'dead-request',
  checkedInAt: null,
  checkedInBy: null,
  remind: false,
  reminderSentAt: null,
  startAt: new Date(hoursFrom(NOW, 48)),
  createdAt: at,
  updatedAt: at,
})
const longAgo = new Date(NOW.getTime() - FUNCTION_TIME_LIMIT_MS - 1000)
/** Past the time limit of every request made at NOW: none of them can still be in flight. */
const LATER = new Date(NOW.getTime() + FUNCTION_TIME_LIMIT_MS + 1000)

it('the time limit used is the api function’s own (config.json timeout)', () => {
  const config = JSON.parse(readFileSync(join(__dirname, '../../cloudfunctions/api/config.json'), 'utf8')) as { timeout: number }
  expect(FUNCTION_TIME_LIMIT_MS).toBe(config.timeout * 1000)
})

it('a crashed sign-up that held the last seat: after the job the seat is the next waiting person’s, and the crashed person may sign up', async () => {
  const id = await createEvent(cloud, { capacity: 1, title: '中断报名回收' })
  await cloud.store.insertOne('signups', crashed(id, 'sp-crash', longAgo))
  await cloud.store.update('events', { _id: id }, { $set: { seatsTaken: 1 } }) // the dead request had taken the seat
  expect(await ok(cloud, 'events.signup', { eventId: id }, 'sp-next')).toEqual({ status: 'waitlisted' })
  await cloud.store.insertOne('signupForms', { _id: `${id}:sp-crash`, eventId: id, openid: 'sp-crash', answers: { name: '甲' } })
  cloud.setNow(LATER)

  expect(await runCron()).toEqual({ stale: 1, reclaimed: 1 })
  expect(await signupOf(id, 'sp-crash')).toBeUndefined()
  expect(await cloud.store.find('signupForms', { _id: `${id}:sp-crash` })).toEqual([])
  expect((await signupOf(id, 'sp-next')).status).toBe('seated')
  expect((await eventDoc(id)).seatsTaken).toBe(1)

  // Twice-run safe: nothing left to reclaim, nobody else moved, the count unchanged.
  expect(await runCron()).toEqual({ stale: 0, reclaimed: 0 })
  expect((await eventDoc(id)).seatsTaken).toBe(1)
  expect((await signupOf(id, 'sp-next')).status).toBe('seated')

  // The crashed person is no longer blocked: they sign up (the event is full now, so they wait).
  expect(await ok(cloud, 'events.signup', { eventId: id }, 'sp-crash')).toEqual({ status: 'waitlisted' })
})

it('while another request may still hold a seat (a record touched within the time limit), the job gives no seat away', async () => {
  const id = await createEvent(cloud, { capacity: 1, title: '中断报名在途' })
  await cloud.store.insertOne('signups', crashed(id, 'sp-crash3', longAgo))
  await cloud.store.update('events', { _id: id }, { $set: { seatsTaken: 1 } })
  // A live request between its seat and its status: its record is waitlisted and was written just now.
  await cloud.store.insertOne('signups', { ...crashed(id, 'sp-inflight', NOW), status: 'waitlisted', waitTicket: NOW.getTime() })
  expect(await runCron()).toEqual({ stale: 1, reclaimed: 1 })
  expect((await signupOf(id, 'sp-inflight')).status).toBe('waitlisted')
  expect((await eventDoc(id)).seatsTaken).toBe(1)
})

it('a crashed sign-up that held no seat frees nothing; the job leaves a live (recent) pending record alone', async () => {
  const id = await createEvent(cloud, { capacity: 1, title: '中断报名无座' })
  expect(await ok(cloud, 'events.signup', { eventId: id }, 'sp-seated')).toEqual({ status: 'seated' })
  expect(await ok(cloud, 'events.signup', { eventId: id }, 'sp-wait')).toEqual({ status: 'waitlisted' })
  await cloud.store.insertOne('signups', crashed(id, 'sp-noseat', longAgo))
  await cloud.store.insertOne('signups', crashed(id, 'sp-live', new Date(NOW.getTime() - 1000)))

  expect(await runCron()).toEqual({ stale: 1, reclaimed: 1 })
  expect(await signupOf(id, 'sp-noseat')).toBeUndefined()
  expect((await signupOf(id, 'sp-live')).status).toBe('pending')
  expect((await signupOf(id, 'sp-seated')).status).toBe('seated')
  expect((await signupOf(id, 'sp-wait')).status).toBe('waitlisted') // no seat was free to give
  expect((await eventDoc(id)).seatsTaken).toBe(1)
  await cloud.store.remove('signups', { _id: `${id}:sp-live` })
})

it('a crashed sign-up is also reclaimed when its person opens 我的活动 (a read path), the seat passed on', async () => {
  const id = await createEvent(cloud, { capacity: 1, title: '中断报名读回收' })
  await cloud.store.insertOne('signups', crashed(id, 'sp-reader', longAgo))
  await cloud.store.update('events', { _id: id }, { $set: { seatsTaken: 1 } })
  expect(await ok(cloud, 'events.signup', { eventId: id }, 'sp-after')).toEqual({ status: 'waitlisted' })
  cloud.setNow(LATER)
  const mine = await ok(cloud, 'events.mine', {}, 'sp-reader')
  expect(mine.items).toEqual([])
  expect(await signupOf(id, 'sp-reader')).toBeUndefined()
  expect((await signupOf(id, 'sp-after')).status).toBe('seated')
  expect((await eventDoc(id)).seatsTaken).toBe(1)
})
