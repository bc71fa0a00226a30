// When a person, an event or a seat goes away, what depends on it settles: seats pass to the next real
// person, sign-ups of a cancelled event are cancelled and their people told, nothing live points at what left.
import { SUBSCRIBE_TEMPLATES } from '@/types/messages.vocab'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, STAFF, arrangeEventPeople, createEvent, hoursFrom, ok } from '../helpers/eventsFixture'

const CHANGED = SUBSCRIBE_TEMPLATES.eventChanged

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())
afterEach(() => cloud.setNow(NOW))

const signUp = (eventId: string, who: string, extra: object = {}) => ok(cloud, 'events.signup', { eventId, ...extra }, who)
const forget = (who: string) => ok(cloud, 'mydata.delete', { confirm: '删除' }, who)
const status = async (eventId: string, who: string) => (await cloud.store.find('signups', { _id: `${eventId}:${who}` }))[0]?.status
const event = async (id: string) => (await cloud.store.find('events', { _id: id }))[0]
/** Sign-ups still holding a seat or a waitlist place at this event. */
const live = async (eventId: string) => cloud.store.find('signups', { eventId, status: { $in: ['seated', 'waitlisted', 'pending'] } })

describe('a person leaves (我的数据 → 删除)', () => {
  it('a waitlisted person deleting their data frees nothing, and the next seat goes to the next real person', async () => {
    const id = await createEvent(cloud, { capacity: 1, title: '候补删除测试' })
    await signUp(id, 'st-a')
    await signUp(id, 'st-b')
    await signUp(id, 'st-c')
    await forget('st-b')
    expect((await event(id)).seatsTaken).toBe(1)
    expect(await status(id, 'st-a')).toBe('seated')
    await ok(cloud, 'events.cancel', { eventId: id }, 'st-a')
    expect(await status(id, 'st-c')).toBe('seated')
    const holders = (await live(id)).map((s) => s.openid)
    expect(holders).toEqual(['st-c']) // no pseudonymised record holds or waits for a seat
  })

  it('a seated person who deletes and signs up again holds one seat', async () => {
    const id = await createEvent(cloud, { capacity: 3, title: '重报测试' })
    await signUp(id, 'st-d')
    await forget('st-d')
    expect((await event(id)).seatsTaken).toBe(0)
    expect(await signUp(id, 'st-d')).toEqual({ status: 'seated' })
    expect((await event(id)).seatsTaken).toBe(1)
    expect((await live(id)).length).toBe(1)
  })

  it('the staff need page survives the submitter’s deletion (photos, text and place blanked)', async () => {
    const need = await ok(cloud, 'needs.submit', { category: 'signboard', description: '店招松了要掉下来', shopId: 'shop-01', photos: [] }, 'st-need')
    await forget('st-need')
    const seen = await ok(cloud, 'needs.get', { needId: need.id }, 'demo-staff')
    expect(seen.photos).toEqual([])
    expect(typeof seen.description).toBe('string')
  })
})

describe('staff cancel an event', () => {
  it('cancels every sign-up, kills check-in, and tells those who opted in through 活动取消/变更', async () => {
    const id = await createEvent(cloud, { capacity: 1, title: '取消活动测试' })
    await cloud.grantSubscription('st-seated', [CHANGED])
    await cloud.grantSubscription('st-waiting', [CHANGED])
    await signUp(id, 'st-seated', { remind: true })
    await signUp(id, 'st-waiting', { remind: true })
    await signUp(id, 'st-quiet')
    await ok(cloud, 'events.setStatus', { id, status: 'cancelled' }, STAFF)
    expect(await live(id)).toEqual([])
    for (const who of ['st-seated', 'st-waiting', 'st-quiet']) expect(await status(id, who)).toBe('cancelled')
    const told = (await cloud.outbox()).filter((m) => m.templateId === CHANGED && m.data.thing1?.value === '取消活动测试')
    expect(told.map((m) => m.touser).sort()).toEqual(['st-seated', 'st-waiting'])
    expect(told[0].data.thing3.value).toBe('活动已取消')
    const checkin = await cloud.call('events.checkin', { eventId: id, signupId: `${id}:st-seated` }, STAFF)
    expect(checkin.ok).toBe(false)
    const mine = await ok(cloud, 'events.mine', {}, 'st-seated')
    expect(mine.items.find((i) => i.event.id === id)?.signup.status ?? 'cancelled').toBe('cancelled') // never a green 已报名
  })
})

describe('rescheduling and leaving', () => {
  it('moving the start moves the cancel deadline with it, earlier too', async () => {
    const id = await createEvent(cloud, { title: '改期测试', startAt: hoursFrom(NOW, 48), endAt: hoursFrom(NOW, 50), signupDeadline: hoursFrom(NOW, 12) })
    await signUp(id, 'st-r')
    await ok(cloud, 'events.update', { id, startAt: hoursFrom(NOW, 24), endAt: hoursFrom(NOW, 26) }, STAFF)
    expect(new Date((await event(id)).cancelDeadline as string).toISOString()).toBe(hoursFrom(NOW, 24))
    await ok(cloud, 'events.update', { id, startAt: hoursFrom(NOW, 72), endAt: hoursFrom(NOW, 74) }, STAFF)
    expect(new Date((await event(id)).cancelDeadline as string).toISOString()).toBe(hoursFrom(NOW, 72))
    cloud.setNow(new Date(hoursFrom(NOW, 30)))
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'st-r')).toMatchObject({ status: 'cancelled' })
  })

  it('a waitlisted person may leave after the cancel deadline, until the start; a seated one may not', async () => {
    const id = await createEvent(cloud, { capacity: 1, title: '候补离开测试', cancelDeadline: hoursFrom(NOW, 2) })
    await signUp(id, 'st-s')
    await signUp(id, 'st-w')
    cloud.setNow(new Date(hoursFrom(NOW, 3)))
    expect(await cloud.call('events.cancel', { eventId: id }, 'st-s')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'st-w')).toMatchObject({ status: 'cancelled' })
    cloud.setNow(new Date(hoursFrom(NOW, 49)))
    expect(await cloud.call('events.cancel', { eventId: id }, 'st-s')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('a FULL refusal keeps no form answers', async () => {
    const formFields = [
      { key: 'name', label: '姓名', type: 'name' as const, required: true },
      { key: 'phone', label: '手机', type: 'phone' as const, required: true },
    ]
    const id = await createEvent(cloud, { capacity: 1, waitlistEnabled: false, title: '满员测试', formFields })
    await signUp(id, 'st-first', { form: { name: '张三', phone: '13800138000' } })
    const refused = await cloud.call('events.signup', { eventId: id, form: { name: '李四', phone: '13900139000' } }, 'st-second')
    expect(refused).toMatchObject({ ok: false, error: { code: 'FULL' } })
    expect(await cloud.store.find('signupForms', { _id: `${id}:st-second` })).toEqual([])
    expect(await cloud.store.find('signups', { _id: `${id}:st-second` })).toEqual([])
  })

  it('a pending sign-up older than the function time limit is reclaimed: the person can cancel, and sign up again', async () => {
    const id = await createEvent(cloud, { capacity: 2, title: '中断报名测试' })
    const stuck = {
      eventId: id,
      status: 'pending',
      waitTicket: null,
      checkinToken: 'x',
      checkedInAt: null,
      checkedInBy: null,
      remind: false,
      reminderSentAt: null,
      startAt: new Date(hoursFrom(NOW, 48)),
    }
    const old = new Date(NOW.getTime() - 60_000)
    await cloud.store.insertOne('signups', { _id: `${id}:st-crash`, openid: 'st-crash', ...stuck, createdAt: old, updatedAt: old })
    await cloud.store.insertOne('signups', { _id: `${id}:st-crash2`, openid: 'st-crash2', ...stuck, createdAt: old, updatedAt: old })
    expect(await ok(cloud, 'events.cancel', { eventId: id }, 'st-crash')).toMatchObject({ status: 'cancelled' })
    expect(await signUp(id, 'st-crash2')).toEqual({ status: 'seated' })
    // A fresh pending record (a live request) is left alone.
    await cloud.store.insertOne('signups', { _id: `${id}:st-live`, openid: 'st-live', ...stuck, createdAt: NOW, updatedAt: NOW })
    expect(await cloud.call('events.cancel', { eventId: id }, 'st-live')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })
})
