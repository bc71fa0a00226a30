// The dashboard gathers other features' figures: events attendance and project claims, for the chosen period.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)

it('shows events attendance and project claims that match the records', async () => {
  const from = new Date(Date.now() - 120 * 86_400_000)
  const to = new Date(Date.now() + 120 * 86_400_000)
  const res = await cloud.call('dashboard.stats', { from: day(from), to: day(to) }, 'demo-staff')
  if (!res.ok) throw new Error(res.error.message)
  const events = await cloud.store.find('events', { status: { $in: ['published', 'cancelled'] } })
  const inRange = events.filter((e) => new Date(e.startAt as Date) >= new Date(`${day(from)}T00:00:00+08:00`))
  expect(res.data.events).not.toBeNull()
  expect(res.data.events?.['活动场次']).toBe(inRange.length)
  const checkedIn = await cloud.store.count('signups', { eventId: { $in: inRange.map((e) => e._id) }, checkedInAt: { $ne: null } })
  expect(res.data.events?.['签到人数']).toBe(checkedIn)
  expect(res.data.projects).not.toBeNull()
})
