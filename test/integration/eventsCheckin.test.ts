// Check-in, reminders and the dashboard figures.
import { eventsDashboardStats } from '@/cloudfunctions/api/events/stats'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, OTHER_STAFF, STAFF, arrangeEventPeople, createEvent, hoursFrom, ok } from '../helpers/eventsFixture'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())
afterEach(() => cloud.setNow(NOW))

const code = (res: { ok: boolean; error?: { code: string } }) => (res.ok ? 'OK' : res.error?.code)
const doc = async (collection: string, id: string) => (await cloud.store.find(collection, { _id: id }))[0]
const myCode = async (eventId: string, who: string) => (await ok(cloud, 'events.get', { id: eventId }, who)).mine?.checkinCode as string
const DURING = new Date(hoursFrom(NOW, 48.5))

describe('check-in', () => {
  it('staff of the event scan a seated attendee once; the same person at another event is untouched', async () => {
    const a = await createEvent(cloud, { capacity: 1 })
    const b = await createEvent(cloud, { capacity: 1 })
    for (const id of [a, b]) await ok(cloud, 'events.signup', { eventId: id }, 'att')
    await ok(cloud, 'events.signup', { eventId: a }, 'waiting')
    const codeA = await myCode(a, 'att')
    expect(code(await cloud.call('events.checkin', { eventId: a, code: codeA }, STAFF))).toBe('CONFLICT') // not open yet
    cloud.setNow(DURING)
    const done = await ok(cloud, 'events.checkin', { eventId: a, code: codeA }, STAFF)
    expect(done.signupId).toBe(`${a}:att`)
    expect(code(await cloud.call('events.checkin', { eventId: a, code: codeA }, STAFF))).toBe('CONFLICT') // only once
    expect((await doc('signups', `${b}:att`)).checkedInAt).toBeNull()
    // The code for event A presented at event B is refused, whoever scans it.
    expect(code(await cloud.call('events.checkin', { eventId: b, code: codeA }, STAFF))).toBe('FORBIDDEN')
    expect((await doc('signups', `${b}:att`)).checkedInAt).toBeNull()
    // Only seated people; only staff of this event; a forged token is refused.
    expect(code(await cloud.call('events.checkin', { eventId: a, signupId: `${a}:waiting` }, STAFF))).toBe('CONFLICT')
    expect(code(await cloud.call('events.checkin', { eventId: b, code: await myCode(b, 'att') }, OTHER_STAFF))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.checkin', { eventId: b, code: await myCode(b, 'att') }, 'att'))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.checkin', { eventId: b, code: `NXA1|${b}|att|forged` }, STAFF))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.checkin', { eventId: b, signupId: `${a}:att` }, STAFF))).toBe('FORBIDDEN')
  })

  it('an attendee scans the event’s own code during the window; staff can override by hand', async () => {
    const id = await createEvent(cloud, { capacity: 3 })
    const other = await createEvent(cloud)
    for (const who of ['self', 'manual']) await ok(cloud, 'events.signup', { eventId: id }, who)
    await ok(cloud, 'events.signup', { eventId: other }, 'self')
    const { code: venueCode } = await ok(cloud, 'events.eventCode', { eventId: id }, STAFF)
    cloud.setNow(DURING)
    expect(code(await cloud.call('events.checkin', { eventId: other, code: venueCode }, 'self'))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.checkin', { eventId: id, code: venueCode }, 'self'))).toBe('OK')
    expect((await doc('signups', `${other}:self`)).checkedInAt).toBeNull()
    expect(code(await cloud.call('events.checkin', { eventId: id, code: venueCode }, 'stranger'))).toBe('NOT_FOUND')
    expect(code(await cloud.call('events.checkin', { eventId: id, signupId: `${id}:manual` }, 'manual'))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.checkin', { eventId: id, signupId: `${id}:manual` }, STAFF))).toBe('OK')
    const roster = await ok(cloud, 'events.roster', { eventId: id }, STAFF)
    expect(roster.counts.checkedIn).toBe(2)
    // After the end an attendee's scan is refused; staff still have the override for a day.
    cloud.setNow(new Date(hoursFrom(NOW, 51)))
    expect(code(await cloud.call('events.checkin', { eventId: id, signupId: `${id}:self` }, 'self'))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.checkin', { eventId: id, code: venueCode }, 'self'))).toBe('CONFLICT')
  })

  it('checking one person in from many scanners at once marks them once', async () => {
    const id = await createEvent(cloud)
    await ok(cloud, 'events.signup', { eventId: id }, 'crowd')
    const personal = await myCode(id, 'crowd')
    cloud.setNow(DURING)
    const results = await Promise.all(Array.from({ length: 10 }, () => cloud.call('events.checkin', { eventId: id, code: personal }, STAFF)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(9)
  })
})

describe('reminders', () => {
  it('the timer reminds opted-in seated people once before the start, even when it fires twice at once', async () => {
    const id = await createEvent(cloud, { title: '提醒测试活动' })
    await cloud.grantSubscription('keen', ['LOCAL_EVENT_REMINDER'])
    await ok(cloud, 'events.signup', { eventId: id, remind: true }, 'keen')
    await ok(cloud, 'events.signup', { eventId: id }, 'quiet')
    await cloud.fireTimer('cron', 'every5min')
    expect(await cloud.outbox('keen')).toHaveLength(0) // two days early: not yet
    cloud.setNow(new Date(hoursFrom(NOW, 47.5)))
    await Promise.all([cloud.fireTimer('cron', 'every5min'), cloud.fireTimer('cron', 'every5min')])
    await cloud.fireTimer('cron', 'every5min')
    const sent = await cloud.outbox('keen')
    expect(sent).toHaveLength(1)
    expect(sent[0].data.thing1.value).toBe('提醒测试活动')
    expect(sent[0].data.time2.value).toBe('2026年05月03日 09:00')
    expect(await cloud.outbox('quiet')).toHaveLength(0)
  })
})

describe('dashboard figures', () => {
  it('eventsDashboardStats counts events, sign-ups, seats and check-ins in a range', async () => {
    const res = await cloud.callFunction('api', { action: 'events.stats', data: { from: hoursFrom(NOW, 0), to: hoursFrom(NOW, 24 * 30) } }, STAFF)
    const stats = (res.body as { ok: true; data: Awaited<ReturnType<typeof eventsDashboardStats>> }).data
    expect(stats.events).toBeGreaterThan(0)
    expect(stats.byKind.market).toBe(stats.events)
    expect(stats.seated).toBeLessThanOrEqual(stats.signups)
    expect(stats.checkedIn).toBe(4) // att, self, manual, crowd
    expect(code(await cloud.call('events.stats', { from: hoursFrom(NOW, 0), to: hoursFrom(NOW, 1) }, 'someone'))).toBe('FORBIDDEN')
  })
})
