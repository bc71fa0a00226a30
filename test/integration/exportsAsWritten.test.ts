// Exports read as people read them (issue 13: "Exported CSVs give UTC ISO times (2026-12-01T16:30:00.000Z for a
// 00:30 Shanghai sign-up); export file names keep / : * ? from the title and cannot be saved on a phone").
import { createEvent, arrangeEventPeople, ok, STAFF } from '../helpers/eventsFixture'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  await arrangeEventPeople(cloud)
})
afterAll(() => cloud?.stop())

it('a 00:30 Shanghai sign-up is 2026-12-02 00:30 in the roster CSV, and the file name has no / : * ? " < > | \\', async () => {
  const evening = new Date('2026-12-01T20:00:00+08:00')
  cloud.setNow(evening)
  const at = (h: number) => new Date(evening.getTime() + h * 3600_000).toISOString()
  const id = await createEvent(cloud, { title: '夜校/第1课: 摄影*入门?"<>|\\', startAt: at(48), endAt: at(50), signupDeadline: at(24) })
  cloud.setNow(new Date('2026-12-02T00:30:00+08:00')) // = 2026-12-01T16:30:00Z
  await ok(cloud, 'events.signup', { eventId: id }, 'ex-night-owl')
  const { filename, csv } = await ok(cloud, 'events.rosterCsv', { eventId: id }, STAFF)
  expect(csv).toContain('2026-12-02 00:30')
  expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)
  expect(filename).not.toMatch(/[/\\:*?"<>|]/)
  expect(filename).toMatch(/^夜校.*第1课.*摄影.*入门.*\.csv$/)
  cloud.setNow(null)
})
