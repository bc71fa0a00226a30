// The `cron` function runs every feature's timer job, and no user can call it. The jobs it must run are written
// here by hand (not read from cloudfunctions/cron/jobs.ts): a job dropped from the list, or one added without a
// line here, fails.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

/** The timer jobs, by feature: event reminders, expiry of data-export files, escalation of overdue needs. */
const JOBS = ['events.reclaimStalePending', 'events.reminders', 'mydata.expireExports', 'needs.escalateOverdue']
const ADMIN = 'cron-admin'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.store.insertMany('users', [{ _id: ADMIN, roles: ['staff', 'admin'], nickname: '管理员', createdAt: new Date('2026-05-01T09:00:00+08:00') }])
})
afterAll(() => cloud?.stop())

it('refuses a call from a user, even an admin', async () => {
  // The cloud lets a user call any function; the local cloud's /fn refuses timer functions before they run.
  expect(await cloud.invokeAsUser('cron', {}, ADMIN)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await cloud.callFunction('cron', {}, ADMIN)).toMatchObject({ status: 403, body: { errCode: 'FORBIDDEN' } })
})

it('runs every job on its 5-minute timer and reports each one', async () => {
  const res = await cloud.fireTimer<{ ok: boolean; data: { results: Record<string, unknown> } }>('cron', 'every5min')
  expect(res.ok).toBe(true)
  expect(Object.keys(res.data.results).sort()).toEqual([...JOBS].sort())
  for (const result of Object.values(res.data.results)) expect(result).not.toHaveProperty('error')
})
