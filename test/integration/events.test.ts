// The rules of block events, through the local cloud with the clock pinned.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ADMIN, NOW, OTHER_STAFF, STAFF, arrangeEventPeople, createEvent, eventFields, hoursFrom, ok } from '../helpers/eventsFixture'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())
afterEach(() => cloud.setNow(NOW))

const signup = (eventId: string, openid: string, extra: object = {}) => cloud.call('events.signup', { eventId, ...extra }, openid)
const doc = async (collection: string, id: string) => (await cloud.store.find(collection, { _id: id }))[0]
const code = (res: { ok: boolean; error?: { code: string } }) => (res.ok ? 'OK' : res.error?.code)

describe('sign-up', () => {
  it('seats until full, then waitlists with positions; without a waitlist it is FULL', async () => {
    const id = await createEvent(cloud, { capacity: 2 })
    expect((await signup(id, 'a')).ok && (await ok(cloud, 'events.get', { id }, 'a'))).toMatchObject({ mine: { status: 'seated' } })
    expect(await ok(cloud, 'events.signup', { eventId: id }, 'b')).toEqual({ status: 'seated' })
    // The answer says waitlisted; the place is counted when shown (the event page), by arrival.
    expect(await ok(cloud, 'events.signup', { eventId: id }, 'c')).toEqual({ status: 'waitlisted' })
    expect(await ok(cloud, 'events.signup', { eventId: id }, 'd')).toEqual({ status: 'waitlisted' })
    expect(await ok(cloud, 'events.get', { id }, 'c')).toMatchObject({ mine: { status: 'waitlisted', position: 1 } })
    expect(await ok(cloud, 'events.get', { id }, 'd')).toMatchObject({ mine: { status: 'waitlisted', position: 2 } })
    const closed = await createEvent(cloud, { capacity: 1, waitlistEnabled: false })
    await ok(cloud, 'events.signup', { eventId: closed }, 'a')
    expect(await signup(closed, 'b')).toMatchObject({ ok: false, error: { code: 'FULL' } })
  })

  it('signing up twice gives the same one sign-up', async () => {
    const id = await createEvent(cloud)
    await ok(cloud, 'events.signup', { eventId: id }, 'twice')
    expect(await ok(cloud, 'events.signup', { eventId: id }, 'twice')).toEqual({ status: 'seated' })
    expect(await cloud.store.count('signups', { eventId: id })).toBe(1)
    expect((await doc('events', id))?.seatsTaken).toBe(1)
  })

  it('is SIGNUP_CLOSED after the deadline and after the start; NOT_FOUND for an unknown event or a draft', async () => {
    const id = await createEvent(cloud)
    cloud.setNow(new Date(hoursFrom(NOW, 24)))
    expect(code(await signup(id, 'late'))).toBe('SIGNUP_CLOSED')
    cloud.setNow(new Date(hoursFrom(NOW, 49)))
    expect(code(await signup(id, 'later'))).toBe('SIGNUP_CLOSED')
    cloud.setNow(NOW)
    expect(code(await signup('ev-nope', 'x'))).toBe('NOT_FOUND')
    const draft = (await ok(cloud, 'events.create', eventFields(), STAFF)).id
    expect(code(await signup(draft, 'x'))).toBe('NOT_FOUND')
    await ok(cloud, 'events.setStatus', { id: draft, status: 'cancelled' }, STAFF)
    expect(code(await signup(draft, 'x'))).toBe('SIGNUP_CLOSED')
  })

  it('keeps to the audience (FORBIDDEN otherwise) and QR-only events need the invitation', async () => {
    const merchantsOnly = await createEvent(cloud, { audience: 'merchant' })
    expect(code(await signup(merchantsOnly, 'ev-courier'))).toBe('FORBIDDEN')
    expect(code(await signup(merchantsOnly, 'someone-resident'))).toBe('FORBIDDEN')
    expect(code(await signup(merchantsOnly, 'ev-merchant'))).toBe('OK')
    const couriers = await createEvent(cloud, { audience: 'courier' })
    expect(code(await signup(couriers, 'ev-courier'))).toBe('OK')
    const listed = await ok(cloud, 'events.list', {}, 'ev-courier')
    expect(listed.events.map((e) => e.id)).toContain(couriers)
    expect(listed.events.map((e) => e.id)).not.toContain(merchantsOnly)

    const qr = await createEvent(cloud, { visibility: 'qr' })
    expect((await ok(cloud, 'events.list', {}, 'x')).events.map((e) => e.id)).not.toContain(qr)
    expect(code(await signup(qr, 'x'))).toBe('FORBIDDEN')
    const { invite } = await ok(cloud, 'events.eventCode', { eventId: qr }, STAFF)
    expect(code(await signup(qr, 'x', { invite }))).toBe('OK')
    expect(code(await cloud.call('events.get', { id: qr }, 'x'))).toBe('OK') // their own sign-up lets them back in
  })

  it('validates the event form server-side and keeps answers out of the listed records', async () => {
    const id = await createEvent(cloud, {
      formFields: [
        { key: 'name', label: '姓名', type: 'name', required: true },
        { key: 'phone', label: '手机号', type: 'phone', required: true },
        { key: 'shopName', label: '店名', type: 'text', required: false },
      ],
    })
    const bad = [{}, { name: '王小明' }, { name: '王小明', phone: '123' }, { name: '王小明', phone: '13812345678', age: '3' }]
    for (const form of bad) {
      const res = await signup(id, 'former', { form })
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/\S/) } })
    }
    await ok(cloud, 'events.signup', { eventId: id, form: { name: '王小明', phone: '138 1234 5678', shopName: '小明面馆' } }, 'former')
    const stored = await doc('signups', `${id}:former`)
    expect(JSON.stringify(stored)).not.toContain('13812345678')
    const roster = await ok(cloud, 'events.roster', { eventId: id }, STAFF)
    expect(roster.rows[0].answers).toEqual({ name: '王**', phone: '138****5678', shopName: '小明面馆' })
    const csv = await ok(cloud, 'events.rosterCsv', { eventId: id }, STAFF)
    expect(csv.csv).toContain('138****5678')
    expect(csv.csv).not.toContain('13812345678')
    const full = await ok(cloud, 'events.signupDetail', { signupId: `${id}:former` }, STAFF)
    expect(full.answers.phone).toBe('13812345678')
    expect(await cloud.store.count('accessLog', { staffOpenid: STAFF, subjectId: `${id}:former` })).toBe(1)
    expect(code(await cloud.call('events.roster', { eventId: id }, OTHER_STAFF))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.signupDetail', { signupId: `${id}:former` }, OTHER_STAFF))).toBe('FORBIDDEN')
  })
})

describe('cancel', () => {
  it('promotes the earliest waitlisted person; "my events" shows each status', async () => {
    const id = await createEvent(cloud, { capacity: 1 })
    for (const who of ['p1', 'p2', 'p3']) await ok(cloud, 'events.signup', { eventId: id }, who)
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'p1')).toEqual({ status: 'cancelled', promoted: 1 })
    const mine = async (who: string) => (await ok(cloud, 'events.mine', {}, who)).items.find((i) => i.signup.eventId === id)?.signup
    expect(await mine('p1')).toMatchObject({ status: 'cancelled', canCancel: false })
    expect(await mine('p2')).toMatchObject({ status: 'seated', checkinCode: expect.stringContaining(id) })
    expect(await mine('p3')).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'p1')).toEqual({ status: 'cancelled', promoted: 0 }) // again: no-op
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'p3')).toEqual({ status: 'cancelled', promoted: 0 })
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'p2')).toEqual({ status: 'cancelled', promoted: 0 })
    expect((await doc('events', id))?.seatsTaken).toBe(0)
    expect(await ok(cloud, 'events.signup', { eventId: id }, 'p1')).toEqual({ status: 'seated' }) // signing up again
  })

  it('is refused after the cancel deadline', async () => {
    const id = await createEvent(cloud, { cancelDeadline: hoursFrom(NOW, 12) })
    await ok(cloud, 'events.signup', { eventId: id }, 'c1')
    cloud.setNow(new Date(hoursFrom(NOW, 13)))
    expect(await cloud.call('events.cancel', { eventId: id }, 'c1')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('raising the capacity seats the waitlist in order; lowering below the seats taken is refused', async () => {
    const id = await createEvent(cloud, { capacity: 1 })
    for (const who of ['r1', 'r2', 'r3']) await ok(cloud, 'events.signup', { eventId: id }, who)
    expect(await ok(cloud, 'events.update', { id, capacity: 2 }, STAFF)).toEqual({ id, promoted: 1 })
    expect((await doc('signups', `${id}:r2`))?.status).toBe('seated')
    expect((await doc('signups', `${id}:r3`))?.status).toBe('waitlisted')
    expect(code(await cloud.callUnchecked('events.update', { id, capacity: 1 }, STAFF))).toBe('INVALID_INPUT')
    expect(code(await cloud.callUnchecked('events.update', { id, endAt: hoursFrom(NOW, 47) }, STAFF))).toBe('INVALID_INPUT')
    expect(code(await cloud.call('events.update', { id, title: '改名' }, OTHER_STAFF))).toBe('FORBIDDEN')
    expect(code(await cloud.call('events.update', { id, title: '管理员改名' }, ADMIN))).toBe('OK')
  })
})

describe('a walking lesson and an evening course', () => {
  it('a walking lesson carries its ordered route; a course its sessions, covered by one sign-up', async () => {
    const walk = await createEvent(cloud, { kind: 'walkingLesson', route: 'renwen' })
    const view = await ok(cloud, 'events.get', { id: walk }, 'w')
    expect(view.route?.name).toBe('人文新华')
    expect(view.route?.waypoints.length).toBeGreaterThan(2)
    expect(view.route?.waypoints[0]).toMatchObject({ name: expect.any(String), story: expect.any(String), lat: expect.any(Number) })
    expect(code(await cloud.callUnchecked('events.create', eventFields({ kind: 'walkingLesson' }), STAFF))).toBe('INVALID_INPUT')
    const sessions = [0, 1, 2].map((w) => ({ title: `第${w + 1}课`, startAt: hoursFrom(NOW, 48 + w * 168), endAt: hoursFrom(NOW, 50 + w * 168) }))
    const course = await createEvent(cloud, { kind: 'nightSchool', endAt: hoursFrom(NOW, 50 + 2 * 168), sessions })
    await ok(cloud, 'events.signup', { eventId: course }, 'w')
    const courseView = await ok(cloud, 'events.get', { id: course }, 'w')
    expect(courseView.sessions).toHaveLength(3)
    expect(courseView.mine?.status).toBe('seated')
  })
})

describe('bad input', () => {
  it.each([
    ['a stray openid', 'events.signup', { eventId: 'x', openid: 'someone' }],
    ['no event id', 'events.signup', {}],
    ['a form that is not strings', 'events.signup', { eventId: 'x', form: { name: 3 } }],
    ['neither code nor sign-up', 'events.checkin', { eventId: 'x' }],
    ['a capacity of zero', 'events.create', eventFields({ capacity: 0 })],
    ['a date without a zone', 'events.create', { ...eventFields(), startAt: '2026-05-01 09:00' }],
  ])('%s is INVALID_INPUT with a readable message', async (_name, action, data) => {
    const who = action === 'events.create' ? STAFF : 'someone'
    expect(await cloud.callUnchecked(action, data, who)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/\S/) } })
  })

  it('staff text goes through the content check', async () => {
    await cloud.setBlockedWords(['违禁词'])
    try {
      expect(code(await cloud.call('events.create', eventFields({ title: '含违禁词的活动' }), STAFF))).toBe('CONTENT_REJECTED')
    } finally {
      await cloud.setBlockedWords([])
    }
  })
})
