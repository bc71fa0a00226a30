// 为家人报名 (issue 18): a person signs up to 3 companions, each its own sign-up with its own seat or waitlist place
// and its own check-in code, cancelled alone, settled when the signer deletes their data.
import { COMPANIONS_MAX } from '@/types/events'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, STAFF, arrangeEventPeople, createEvent, hoursFrom, ok } from '../helpers/eventsFixture'

jest.setTimeout(120_000)

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ instancesPerFunction: 16 })
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())
afterEach(() => cloud.setNow(NOW))

const signups = (eventId: string, where: Record<string, unknown> = {}) => cloud.store.find('signups', { eventId, ...where })
const live = async (eventId: string) => (await signups(eventId)).filter((s) => s.status === 'seated' || s.status === 'waitlisted')
const seatsTaken = async (id: string) => (await cloud.store.find('events', { _id: id }))[0].seatsTaken
const errorOf = (res: { ok: boolean; error?: { code: string; message: string } }) => (res.ok ? null : res.error)
const companion = (eventId: string, name: string, who: string, extra: Record<string, unknown> = {}) =>
  cloud.callUnchecked<{ status: string; signupId: string }>('events.signupCompanion', { eventId, name, ...extra }, who)
const companionOk = async (eventId: string, name: string, who: string) => {
  const res = await companion(eventId, name, who)
  if (!res.ok) throw new Error(`${res.error.code} ${res.error.message}`)
  return res.data
}

describe('seats and the waitlist', () => {
  it("the event's capacity counts every companion: signer + 2 seated on 3 seats, the 3rd companion and the next person wait in arrival order", async () => {
    const id = await createEvent(cloud, { capacity: 3 })
    await ok(cloud, 'events.signup', { eventId: id }, 'fam-a')
    expect((await companionOk(id, '张小明', 'fam-a')).status).toBe('seated')
    expect((await companionOk(id, '张小红', 'fam-a')).status).toBe('seated')
    cloud.setNow(new Date(NOW.getTime() + 1000))
    const third = await companionOk(id, '张奶奶', 'fam-a')
    expect(third).toEqual({ status: 'waitlisted', signupId: `${id}:fam-a:3` })
    cloud.setNow(new Date(NOW.getTime() + 2000))
    expect((await ok(cloud, 'events.signup', { eventId: id }, 'later')).status).toBe('waitlisted')
    expect(await seatsTaken(id)).toBe(3)
    expect(await signups(id, { status: 'seated' })).toHaveLength(3)
    const view = await ok(cloud, 'events.get', { id }, 'fam-a')
    expect(view.companions.map((c) => [c.companion?.name, c.status, c.position])).toEqual([
      ['张小明', 'seated', null],
      ['张小红', 'seated', null],
      ['张奶奶', 'waitlisted', 1],
    ])
    expect((await ok(cloud, 'events.get', { id }, 'later')).mine?.position).toBe(2)

    // A seat freed goes to the earliest waiting: the companion who came first, then the later person.
    await ok(cloud, 'events.cancel', { eventId: id, signupId: `${id}:fam-a:1` }, 'fam-a')
    expect((await signups(id, { _id: `${id}:fam-a:3` }))[0].status).toBe('seated')
    expect((await signups(id, { _id: `${id}:later` }))[0].status).toBe('waitlisted')
    expect(await seatsTaken(id)).toBe(3)
  })

  it(`over ${COMPANIONS_MAX} companions: a clear message, nothing written; a cancelled companion frees its place`, async () => {
    const id = await createEvent(cloud, { capacity: 10 })
    for (const name of ['一', '二', '三']) await companionOk(id, `家人${name}`, 'fam-b')
    const before = (await signups(id)).length
    const over = errorOf(await companion(id, '家人四', 'fam-b'))
    expect(over?.code).toBe('CONFLICT')
    expect(over?.message).toContain(`最多为 ${COMPANIONS_MAX} 位`)
    expect(await signups(id)).toHaveLength(before)
    expect(await seatsTaken(id)).toBe(3)
    await ok(cloud, 'events.cancel', { eventId: id, signupId: `${id}:fam-b:2` }, 'fam-b')
    expect(await companionOk(id, '家人四', 'fam-b')).toEqual({ status: 'seated', signupId: `${id}:fam-b:2` })
    expect((await live(id)).filter((s) => s.openid === 'fam-b')).toHaveLength(3)
    expect(await seatsTaken(id)).toBe(3)
  })

  it('five companions added at once: exactly three live, three seats, the rest told the limit', async () => {
    const id = await createEvent(cloud, { capacity: 10 })
    const results = await Promise.all(['甲', '乙', '丙', '丁', '戊'].map((n) => companion(id, `同行${n}`, 'fam-rush')))
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    expect(results.filter((r) => !r.ok && r.error.code === 'CONFLICT')).toHaveLength(2)
    expect(await live(id)).toHaveLength(3)
    expect(await seatsTaken(id)).toBe(3)
  })

  it('a double tap (the same requestId) creates one companion; a full event without a waitlist answers FULL and writes nothing', async () => {
    const id = await createEvent(cloud, { capacity: 2, waitlistEnabled: false })
    const requestId = 'req-companion-0001'
    const both = await Promise.all([companion(id, '李四', 'fam-c', { requestId }), companion(id, '李四', 'fam-c', { requestId })])
    expect(both.map((r) => (r.ok ? r.data.signupId : r.error.code))).toEqual([`${id}:fam-c:1`, `${id}:fam-c:1`])
    expect(await signups(id)).toHaveLength(1)
    await ok(cloud, 'events.signup', { eventId: id }, 'fam-c')
    expect(errorOf(await companion(id, '李五', 'fam-c'))?.code).toBe('FULL')
    expect(await signups(id)).toHaveLength(2)
    expect(await seatsTaken(id)).toBe(2)
  })

  it("name required (named by its label) and the event's required fields answered per companion; nothing written on refusal", async () => {
    const id = await createEvent(cloud, { formFields: [{ key: 'phone', label: '联系电话', type: 'phone', required: true }] })
    const noName = errorOf(await companion(id, '', 'fam-d', { form: { phone: '13800138000' } }))
    expect(noName?.code).toBe('INVALID_INPUT')
    expect(noName?.message).toContain('家人姓名')
    expect(errorOf(await companion(id, '王五', 'fam-d'))?.code).toBe('INVALID_INPUT')
    expect(await signups(id)).toHaveLength(0)
    const done = await companion(id, '王五', 'fam-d', { form: { phone: '13800138000' } })
    expect(done.ok).toBe(true)
    const form = (await cloud.store.find('signupForms', { _id: `${id}:fam-d:1` }))[0]
    expect(form).toMatchObject({ openid: 'fam-d', companionName: '王五', answers: { phone: '13800138000' } })
  })
})

it("a QR-only event: companions need the invitation, or the signer's own sign-up (made with it)", async () => {
  const id = await createEvent(cloud, { visibility: 'qr' })
  const { invite } = await ok(cloud, 'events.eventCode', { eventId: id }, STAFF)
  expect(errorOf(await companion(id, '吴一', 'fam-qr'))?.code).toBe('FORBIDDEN')
  expect((await companion(id, '吴一', 'fam-qr', { invite })).ok).toBe(true)
  await ok(cloud, 'events.signup', { eventId: id, invite }, 'fam-qr')
  expect((await companion(id, '吴二', 'fam-qr')).ok).toBe(true)
  expect(await live(id)).toHaveLength(3)
})

describe('cancelling', () => {
  it("one companion alone; the signer's own cancel leaves the companions signed up", async () => {
    const id = await createEvent(cloud, { capacity: 5 })
    await ok(cloud, 'events.signup', { eventId: id }, 'fam-e')
    await companionOk(id, '赵一', 'fam-e')
    await companionOk(id, '赵二', 'fam-e')
    await ok(cloud, 'events.cancel', { eventId: id, signupId: `${id}:fam-e:1` }, 'fam-e')
    expect((await live(id)).map((s) => s._id).sort()).toEqual([`${id}:fam-e`, `${id}:fam-e:2`])
    await ok(cloud, 'events.cancel', { eventId: id }, 'fam-e')
    expect((await live(id)).map((s) => s._id)).toEqual([`${id}:fam-e:2`])
    expect(await seatsTaken(id)).toBe(1)
    const view = await ok(cloud, 'events.get', { id }, 'fam-e')
    expect(view.mine).toBeNull()
    expect(view.companions.map((c) => c.companion?.name)).toEqual(['赵二'])
  })

  it("nobody can cancel someone else's companion", async () => {
    const id = await createEvent(cloud, { capacity: 5 })
    await companionOk(id, '钱一', 'fam-f')
    expect(errorOf(await cloud.call('events.cancel', { eventId: id, signupId: `${id}:fam-f:1` }, 'stranger'))?.code).toBe('NOT_FOUND')
    expect(errorOf(await cloud.call('events.cancel', { eventId: id, signupId: `${id}:fam-f` }, 'fam-f'))?.code).toBe('NOT_FOUND')
    expect(await live(id)).toHaveLength(1)
  })
})

describe('codes, 我的活动 and the roster', () => {
  it('each companion has its own code; staff scanning it check in that companion only, shown masked', async () => {
    const id = await createEvent(cloud, { capacity: 5 })
    await ok(cloud, 'events.signup', { eventId: id }, 'fam-g')
    await companionOk(id, '孙小明', 'fam-g')
    await companionOk(id, '孙小红', 'fam-g')
    const mine = (await ok(cloud, 'events.mine', {}, 'fam-g')).items.filter((i) => i.event.id === id)
    expect(mine.map((i) => i.signup.companion?.name ?? '本人')).toEqual(['本人', '孙小明', '孙小红'])
    const codes = mine.map((i) => i.signup.checkinCode)
    expect(new Set(codes).size).toBe(3)
    expect(codes.every(Boolean)).toBe(true)

    cloud.setNow(new Date(hoursFrom(NOW, 48.5)))
    const done = await ok(cloud, 'events.checkin', { eventId: id, code: codes[1] as string }, STAFF)
    expect(done.signupId).toBe(`${id}:fam-g:1`)
    expect(done.who).not.toContain('小明')
    expect(done.who.startsWith('孙')).toBe(true)
    const checked = (await signups(id)).filter((s) => s.checkedInAt)
    expect(checked.map((s) => s._id)).toEqual([`${id}:fam-g:1`])

    const roster = await ok(cloud, 'events.roster', { eventId: id }, STAFF)
    const rows = roster.rows.filter((r) => r.companion)
    expect(rows.map((r) => r.companion?.of)).toEqual([`${id}:fam-g`, `${id}:fam-g`])
    expect(rows.map((r) => r.companion?.name).join()).not.toMatch(/小明|小红/)
    expect(roster.counts.seated).toBe(3)
    const csv = await ok(cloud, 'events.rosterCsv', { eventId: id }, STAFF)
    expect(csv.csv).toContain('家人/同行人')
    expect(csv.csv).not.toContain('小明')
  })
})

describe('the signer deletes their data', () => {
  it('their companions are settled too: nothing live left, their seats pass to the next real person, the names gone', async () => {
    const id = await createEvent(cloud, { capacity: 2 })
    await ok(cloud, 'events.signup', { eventId: id }, 'fam-h')
    await companionOk(id, '周一', 'fam-h')
    await companionOk(id, '周二', 'fam-h')
    await ok(cloud, 'events.signup', { eventId: id }, 'next-real')
    await ok(cloud, 'mydata.delete', { confirm: '删除' }, 'fam-h')
    const left = await live(id)
    expect(left.map((s) => s.openid)).toEqual(['next-real'])
    expect(left[0].status).toBe('seated')
    expect(await seatsTaken(id)).toBe(1)
    expect(await cloud.store.find('signupForms', { eventId: id })).toHaveLength(0)
    expect((await signups(id)).some((s) => String(s._id).includes('fam-h') || s.openid === 'fam-h')).toBe(false)
  })
})
