// The `cron` function runs every feature's timer job, and no user can call it.
import { jobs } from '../../cloudfunctions/cron/jobs'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

it('refuses a call from a user', async () => {
  // The cloud lets a user call any function; the local cloud's /fn refuses timer functions before they run.
  expect(await cloud.invokeAsUser('cron', {}, 'demo-admin')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await cloud.callFunction('cron', {}, 'demo-admin')).toMatchObject({ status: 403, body: { errCode: 'FORBIDDEN' } })
})

it('runs every job on its timer and reports each one', async () => {
  const res = await cloud.fireTimer<{ ok: boolean; data: { results: Record<string, unknown> } }>('cron', 'every5min')
  expect(res.ok).toBe(true)
  expect(Object.keys(res.data.results).sort()).toEqual(jobs.map((job) => job.name).sort())
  for (const result of Object.values(res.data.results)) expect(result).not.toHaveProperty('error')
})
