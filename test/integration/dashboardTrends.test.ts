// dashboard.trends (issue 18): weekly series in Shanghai weeks (Monday to Sunday) for the staff charts, counted by
// database aggregations; the fixture puts records on the edges of weeks in Shanghai and in UTC.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

let cloud: TestCloud
const sh = (local: string) => new Date(`${local}+08:00`)
// A Wednesday: the four weeks start on Mondays 11, 18, 25 May and 1 June.
const NOW = sh('2026-06-03T10:00:00')
const WEEKS = ['2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01']

beforeAll(async () => {
  cloud = await startTestCloud()
  cloud.setNow(NOW)
  await cloud.store.insertMany('users', [
    { _id: 'trend-staff', roles: ['staff'], nickname: '网格员', createdAt: NOW },
    { _id: 'trend-resident', roles: ['resident'], nickname: '居民', createdAt: NOW },
  ])
  const visit = (id: string, day: string) => ({
    _id: id,
    shopId: id,
    shopName: id,
    grid: 'grid-1',
    day,
    staffOpenid: 'trend-staff',
    notes: null,
    photos: [],
    needId: null,
    createdAt: sh(`${day}T10:00:00`),
  })
  await cloud.store.insertMany('visits', [
    visit('v0', '2026-05-10'), // the Sunday before the first week: outside
    visit('v1', '2026-05-11'),
    visit('v2', '2026-05-17'), // Sunday: still the first week
    visit('v3', '2026-05-18'),
    visit('v4', '2026-06-03'),
    visit('v5', '2026-06-03'),
  ])
  const need = (id: string, createdAt: Date, resolvedAt: Date | null) => ({
    _id: id,
    submitterOpenid: 'trend-resident',
    category: 'other',
    description: 'x',
    photos: [],
    place: null,
    stationId: null,
    stationName: null,
    shopId: null,
    shopName: null,
    grid: null,
    visitId: null,
    level: 1,
    status: resolvedAt ? 'resolved' : 'submitted',
    assigneeOpenid: null,
    deadline: null,
    levelSince: createdAt,
    createdAt,
    updatedAt: createdAt,
    resolvedAt,
    rating: null,
    history: [],
  })
  await cloud.store.insertMany('needs', [
    // Sunday 23:30 in Shanghai (first week), closed Monday 00:30 in Shanghai — still Sunday in UTC (second week).
    need('nA', sh('2026-05-17T23:30:00'), sh('2026-05-18T00:30:00')),
    need('nB', sh('2026-05-18T00:30:00'), null),
    need('nC', sh('2026-05-26T10:00:00'), sh('2026-06-01T09:00:00')),
  ])
  const event = (id: string, status: string, startAt: Date) => ({
    _id: id,
    kind: 'sports',
    title: id,
    description: '',
    organiser: '街区',
    place: { name: 'p', address: 'a', lat: 31.2, lng: 121.4 },
    startAt,
    endAt: startAt,
    signupDeadline: startAt,
    cancelDeadline: startAt,
    capacity: 10,
    waitlistEnabled: true,
    audience: 'all',
    visibility: 'public',
    formFields: [],
    route: null,
    sessions: [],
    status,
    seatsTaken: 2,
    waitlistIssued: 0,
    eventSecret: 's',
    inviteCode: 'i',
    staffOpenids: [],
    createdAt: NOW,
    updatedAt: NOW,
  })
  // Monday 00:30 in Shanghai is Sunday in UTC: the event belongs to the third week.
  await cloud.store.insertMany('events', [event('eX', 'published', sh('2026-05-25T00:30:00')), event('eY', 'draft', sh('2026-06-02T10:00:00'))])
  const signup = (eventId: string, openid: string, status: string, checkedInAt: Date | null) => ({
    _id: `${eventId}:${openid}`,
    eventId,
    openid,
    status,
    waitTicket: 1,
    checkinToken: 't',
    checkedInAt,
    checkedInBy: null,
    remind: false,
    reminderSentAt: null,
  })
  await cloud.store.insertMany('signups', [
    signup('eX', 'p1', 'seated', sh('2026-05-25T00:40:00')),
    signup('eX', 'p2', 'seated', null),
    signup('eX', 'p3', 'waitlisted', null),
    signup('eX', 'p4', 'cancelled', null),
    signup('eY', 'p1', 'seated', sh('2026-06-02T10:00:00')),
  ])
})
afterAll(() => cloud?.stop())

it('answers visits, needs opened and closed, and attendance per Shanghai week', async () => {
  const { weeks } = await cloud.callOk('dashboard.trends', { weeks: 4 }, 'trend-staff')
  expect(weeks.map((w) => w.week)).toEqual(WEEKS)
  expect(weeks.map((w) => w.visits)).toEqual([2, 1, 0, 2])
  expect(weeks.map((w) => w.needsOpened)).toEqual([1, 1, 1, 0])
  expect(weeks.map((w) => w.needsClosed)).toEqual([0, 1, 0, 1])
  expect(weeks.map((w) => w.seated)).toEqual([0, 0, 2, 0])
  expect(weeks.map((w) => w.attended)).toEqual([0, 0, 1, 0])
})

it('refuses residents and a week count out of range, by its label', async () => {
  expect(await cloud.call('dashboard.trends', {}, 'trend-resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const bad = await cloud.call('dashboard.trends', { weeks: 30 }, 'trend-staff')
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  if (!bad.ok) expect(bad.error.message).toContain('周数')
})

it('counts with aggregations: the same database operations for 1,500 more visits (a page-through would read two pages)', async () => {
  const dbActions = async () => {
    cloud.callLog.start()
    const { weeks } = await cloud.callOk('dashboard.trends', { weeks: 4 }, 'trend-staff')
    const [record] = cloud.callLog.stop()
    return { ops: record.dbActions, firstWeek: weeks[0].visits }
  }
  const before = await dbActions()
  await cloud.store.insertMany(
    'visits',
    Array.from({ length: 1500 }, (_, i) => ({
      _id: `bulk-${i}`,
      shopId: `bulk-${i}`,
      shopName: 'b',
      grid: 'grid-1',
      day: '2026-05-12',
      staffOpenid: 'trend-staff',
      notes: null,
      photos: [],
      needId: null,
      createdAt: NOW,
    })),
  )
  const after = await dbActions()
  expect(after.firstWeek).toBe(before.firstWeek + 1500)
  expect(after.ops).toBe(before.ops)
})
