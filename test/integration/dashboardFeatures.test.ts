// The dashboard gathers other features' figures: events attendance and project claims, for the chosen period.
// The suite arranges its own block, events and sign-ups (test/helpers/arrange.ts, eventsFixture.ts).
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makePerson, makeProject } from '../helpers/arrange'
import { eventFields, hoursFrom, NOW } from '../helpers/eventsFixture'

const STAFF = ARRANGED.staff
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  cloud.setNow(NOW)
  await arrangeBlock(cloud)
  await makeProject(cloud, '一杯热水')
})
afterAll(() => cloud?.stop())

/** An event of the arranged block starting `hours` after NOW (2026-05-01 09:00 Shanghai), published. */
const eventAt = async (hours: number, title: string) =>
  (
    await cloud.callOk(
      'events.create',
      {
        ...eventFields({ title, startAt: hoursFrom(NOW, hours), endAt: hoursFrom(NOW, hours + 2), signupDeadline: hoursFrom(NOW, hours - 1) }),
        publish: true,
      },
      STAFF,
    )
  ).id

it('shows events attendance and project claims that match the records', async () => {
  // May 2026: two events in it (one of them with two sign-ups, one checked in); one in July, outside it.
  const first = await eventAt(48, '五月集市')
  await eventAt(72, '五月讲座')
  await eventAt(24 * 70, '七月集市')
  for (const person of ['df-resident-1', 'df-resident-2']) {
    await makePerson(cloud, person, person)
    await cloud.callOk('events.signup', { eventId: first }, person)
  }
  const roster = await cloud.callOk('events.roster', { eventId: first }, STAFF)
  cloud.setNow(new Date(hoursFrom(NOW, 48)))
  await cloud.callOk('events.checkin', { eventId: first, signupId: roster.rows[0].signupId }, STAFF)

  const stats = await cloud.callOk('dashboard.stats', { from: '2026-05-01', to: '2026-05-31' }, STAFF)
  expect(stats.events).toMatchObject({ 活动场次: 2, 报名人数: 2, 入座人数: 2, 签到人数: 1 })
  expect(stats.projects).not.toBeNull()
})
