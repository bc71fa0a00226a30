// Messages around a sign-up: the "you got a seat" notice on promotion, and reminders that fail.
import { SUBSCRIBE_TEMPLATES } from '@/types/messages.vocab'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, STAFF, arrangeEventPeople, createEvent, hoursFrom, ok } from '../helpers/eventsFixture'

const SEAT = SUBSCRIBE_TEMPLATES.eventSeatConfirmed
const REMINDER = SUBSCRIBE_TEMPLATES.eventReminder

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())
afterEach(() => cloud.setNow(NOW))

const doc = async (collection: string, id: string) => (await cloud.store.find(collection, { _id: id }))[0]
const signUp = (eventId: string, who: string, remind = false) => ok(cloud, 'events.signup', { eventId, remind }, who)
const seatMessages = async (who: string) => (await cloud.outbox(who)).filter((m) => m.templateId === SEAT)

describe('promotion from the waitlist', () => {
  it('a cancellation seats the first waiting, who gets exactly one message if they opted in', async () => {
    const id = await createEvent(cloud, { capacity: 1, title: '候补通知测试' })
    await cloud.grantSubscription('pw-keen', [SEAT, SEAT]) // two consents: a second send would get through
    await cloud.grantSubscription('pw-quiet', [SEAT])
    await signUp(id, 'pw-seated')
    await signUp(id, 'pw-keen', true)
    await signUp(id, 'pw-quiet') // consent granted, but did not opt in
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'pw-seated')).toEqual({ status: 'cancelled', promoted: 1 })
    const sent = await seatMessages('pw-keen')
    expect(sent).toHaveLength(1)
    expect(sent[0].data).toMatchObject({ thing1: { value: '候补通知测试' }, time2: { value: '2026年05月03日 09:00' } })
    expect(sent[0].page).toContain(encodeURIComponent(id))
    expect((await doc('signups', `${id}:pw-keen`)).seatNoticeAt).toBeTruthy()

    // The next promotion reaches someone who did not opt in: no message, though they hold a consent.
    await ok(cloud, 'events.cancel', { eventId: id }, 'pw-keen')
    expect((await doc('signups', `${id}:pw-quiet`)).status).toBe('seated')
    expect(await cloud.outbox('pw-quiet')).toHaveLength(0)
    expect(await seatMessages('pw-keen')).toHaveLength(1)
  })

  it('two cancellations racing: the one waiting person is seated and told once', async () => {
    const id = await createEvent(cloud, { capacity: 2 })
    await cloud.grantSubscription('race-wait', [SEAT, SEAT, SEAT])
    for (const who of ['race-a', 'race-b']) await signUp(id, who)
    await signUp(id, 'race-wait', true)
    const results = await Promise.all([
      ok(cloud, 'events.cancel', { eventId: id }, 'race-a'),
      ok(cloud, 'events.cancel', { eventId: id }, 'race-b'),
      ok(cloud, 'events.cancel', { eventId: id }, 'race-a'), // a double tap too
    ])
    expect(results.reduce((sum, r) => sum + r.promoted, 0)).toBe(1)
    expect((await doc('signups', `${id}:race-wait`)).status).toBe('seated')
    expect((await doc('events', id)).seatsTaken).toBe(1)
    expect(await seatMessages('race-wait')).toHaveLength(1)
  })

  it('raising the capacity tells everyone it seats; the seat message leaves the reminder consent alone', async () => {
    const id = await createEvent(cloud, { capacity: 1 })
    await signUp(id, 'cap-first')
    for (const who of ['cap-w1', 'cap-w2']) {
      await cloud.grantSubscription(who, [SEAT, REMINDER])
      await signUp(id, who, true)
    }
    expect(await ok(cloud, 'events.update', { id, capacity: 3 }, STAFF)).toMatchObject({ promoted: 2 })
    expect(await seatMessages('cap-w1')).toHaveLength(1)
    expect(await seatMessages('cap-w2')).toHaveLength(1)
    cloud.setNow(new Date(hoursFrom(NOW, 47.5)))
    await cloud.fireTimer('cron', 'every5min')
    expect((await cloud.outbox('cap-w1')).filter((m) => m.templateId === REMINDER)).toHaveLength(1)
  })
})

describe('reminder opt-in after sign-up', () => {
  it('events.remind turns the reminder on for a seated or waitlisted person, and the page shows it', async () => {
    const id = await createEvent(cloud, { capacity: 1 })
    await signUp(id, 'later-seated')
    await signUp(id, 'later-waiting')
    for (const who of ['later-seated', 'later-waiting']) {
      expect((await ok(cloud, 'events.get', { id }, who)).mine?.remind).toBe(false)
      expect(await ok(cloud, 'events.remind', { eventId: id }, who)).toEqual({ remind: true })
      expect(await ok(cloud, 'events.remind', { eventId: id }, who)).toEqual({ remind: true }) // again: still on
      expect((await ok(cloud, 'events.get', { id }, who)).mine?.remind).toBe(true)
    }
    const none = await cloud.call('events.remind', { eventId: id }, 'later-stranger')
    expect(none).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await ok(cloud, 'events.cancel', { eventId: id }, 'later-waiting')
    expect(await cloud.call('events.remind', { eventId: id }, 'later-waiting')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('reminders that fail', () => {
  it('"not subscribed" is final: a consent given afterwards does not bring the reminder back', async () => {
    const id = await createEvent(cloud)
    await signUp(id, 'no-consent', true) // opted in, but WeChat holds no consent (43101)
    cloud.setNow(new Date(hoursFrom(NOW, 47.5)))
    expect(await cloud.fireTimer('cron', 'every5min')).toBeTruthy()
    const after = await doc('signups', `${id}:no-consent`)
    expect(after).toMatchObject({ reminderOutcome: 'not-subscribed', reminderAttempts: 1 })
    expect(after.reminderSentAt).toBeTruthy()
    await cloud.grantSubscription('no-consent', [REMINDER])
    cloud.setNow(new Date(hoursFrom(NOW, 47.6)))
    await cloud.fireTimer('cron', 'every5min')
    expect(await cloud.outbox('no-consent')).toHaveLength(0)
    expect((await doc('signups', `${id}:no-consent`)).reminderAttempts).toBe(1)
  })
})
