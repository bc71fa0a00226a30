// One round trip on the hot reads: an action that needs no role does not read the caller's `users` record, and a
// sign-up costs a constant number of database operations. Counted by the local cloud itself (functions/callLog.ts:
// every /admin database action sent while the function call runs).
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ADMIN, NOW, STAFF, arrangeEventPeople, createEvent } from '../helpers/eventsFixture'

jest.setTimeout(60_000)

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

/** Database operations of one call, as the local cloud counted them. */
async function opsOf(action: string, data: unknown, openid: string): Promise<number> {
  cloud.callLog.start()
  const res = await cloud.callUnchecked(action, data, openid)
  const calls = cloud.callLog.stop()
  if (!res.ok) throw new Error(`${action}: ${res.error.code} ${res.error.message}`)
  expect(calls).toHaveLength(1)
  expect(calls[0]).toMatchObject({ fn: 'api', action })
  return calls[0].dbActions
}

it('reads that need no role cost one database operation: no users read first', async () => {
  await createEvent(cloud)
  // The one read each action is: the geo query, the resources query, the user's own record.
  expect(await opsOf('stations.nearby', { lat: 31.2, lng: 121.42 }, 'rider')).toBe(1)
  expect(await opsOf('resources.search', { query: '社区' }, 'rider')).toBe(1)
  expect(await opsOf('users.me', {}, STAFF)).toBe(1)
})

it('the roles are read when the answer depends on them, and for actions limited to a role', async () => {
  // events.list (issue 16): the caller's record (the home block decides which blocks' events show), then the query.
  expect(await opsOf('events.list', {}, 'rider')).toBe(2)
  // An event not for everyone needs the roles too: they come with the same read.
  await createEvent(cloud, { audience: 'courier' })
  expect(await opsOf('events.list', {}, 'rider')).toBe(2)
  // events.manage (staff only): the caller's record, then the query.
  expect(await opsOf('events.manage', {}, ADMIN)).toBe(2)
})

it('events.get sends its reads together: the caller, the event, their sign-up, the waitlist count', async () => {
  const id = await createEvent(cloud)
  expect(await opsOf('events.get', { id }, 'rider')).toBe(4)
})

it('a sign-up: the event, the insert, one seat update and marking the seat; on a full event the event, the insert and the failed seat update', async () => {
  const id = await createEvent(cloud, { capacity: 1 })
  expect(await opsOf('events.signup', { eventId: id }, 'first')).toBe(4)
  expect(await opsOf('events.signup', { eventId: id }, 'second')).toBe(3)
  expect(await opsOf('events.signup', { eventId: id }, 'third')).toBe(3)
})
