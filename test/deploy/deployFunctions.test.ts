// Re-running `npm run deploy` must not fail on what the first run created, against a manager that refuses a
// duplicate trigger exactly as SCF does (fakeCloudManager.ts says where each behaviour is read from).
import { deployFunction, DeployRefused } from '@/scripts/deploy/deployFunctions'
import { readPlan, type FunctionPlan } from '@/scripts/deploy/plan'
import { createFakeCloudManager } from './fakeCloudManager'

const plan = readPlan()
const secrets = {
  BADGE_SECRET: 'x'.repeat(40),
  ...Object.fromEntries(
    ['TARO_APP_TEMPLATE_EVENT_REMINDER', 'TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED', 'TARO_APP_TEMPLATE_NEED_PROGRESS', 'TARO_APP_TEMPLATE_EVENT_CHANGED'].map(
      (n) => [n, `${n}-id`.padEnd(43, 'x')],
    ),
  ),
}
const quiet = () => undefined
const cron = plan.functions.find((fn) => fn.name === 'cron')!
const api = plan.functions.find((fn) => fn.name === 'api')!

async function deployAll(fake: ReturnType<typeof createFakeCloudManager>, functions: FunctionPlan[] = plan.functions) {
  for (const fn of functions) await deployFunction(fake.manager, fn, secrets, quiet, '/nowhere')
}

it('the fake refuses a trigger that exists, as SCF BatchCreateTrigger does', async () => {
  const fake = createFakeCloudManager()
  await deployAll(fake, [cron])
  await expect(fake.manager.functions.createFunctionTriggers('cron', cron.triggers)).rejects.toMatchObject({ code: 'ResourceInUse.Trigger' })
})

it('a first deploy creates each function with its declared runtime, timeout, secrets and triggers', async () => {
  const fake = createFakeCloudManager()
  await deployAll(fake)
  expect(fake.functions.get('api')).toMatchObject({ runtime: 'Nodejs18.15', timeout: 10, env: { BADGE_SECRET: secrets.BADGE_SECRET }, triggers: [] })
  expect(fake.functions.get('cron')).toMatchObject({ runtime: 'Nodejs18.15', timeout: 60, env: {} })
  expect(fake.functions.get('cron')!.triggers).toEqual([{ TriggerName: 'every5min', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '0 */5 * * * * *' }) }])
})

it('a second deploy updates the code and leaves the existing trigger alone', async () => {
  const fake = createFakeCloudManager()
  await deployAll(fake)
  fake.calls.length = 0
  await deployAll(fake)
  expect(fake.functions.get('cron')!.triggers.map((t) => t.TriggerName)).toEqual(['every5min'])
  expect(fake.functions.get('cron')!.codeUploads).toBe(2)
  expect(fake.calls.filter((c) => /Trigger/.test(c))).toEqual([])
})

it('a trigger whose schedule changed is replaced, and one no longer declared is deleted', async () => {
  const fake = createFakeCloudManager()
  await deployAll(fake, [cron])
  fake.functions.get('cron')!.triggers.push({ TriggerName: 'old', Type: 'timer', TriggerDesc: '0 0 3 * * * *' })
  const changed = { ...cron, triggers: [{ name: 'every5min', type: 'timer', config: '0 */10 * * * * *' }] }
  await deployFunction(fake.manager, changed, secrets, quiet, '/nowhere')
  expect(fake.functions.get('cron')!.triggers).toEqual([{ TriggerName: 'every5min', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '0 */10 * * * * *' }) }])
})

it('a function that exists on an older runtime is refused with the step that fixes it, and left untouched', async () => {
  const fake = createFakeCloudManager()
  fake.functions.set('api', { runtime: 'Nodejs16.13', timeout: 3, env: {}, triggers: [], codeUploads: 1 })
  const refusal = await deployFunction(fake.manager, api, secrets, quiet, '/nowhere').catch((error: unknown) => error)
  expect(refusal).toBeInstanceOf(DeployRefused)
  expect((refusal as Error).message).toMatch(/Nodejs16\.13.*Nodejs18\.15/)
  expect((refusal as Error).message).toMatch(/删除/)
  expect(fake.functions.get('api')).toMatchObject({ runtime: 'Nodejs16.13', codeUploads: 1 })
})

it('a function on a newer runtime is updated (the bundle runs there too)', async () => {
  const fake = createFakeCloudManager()
  fake.functions.set('api', { runtime: 'Nodejs20.19', timeout: 3, env: {}, triggers: [], codeUploads: 1 })
  await deployFunction(fake.manager, api, secrets, quiet, '/nowhere')
  expect(fake.functions.get('api')).toMatchObject({ runtime: 'Nodejs20.19', codeUploads: 2, timeout: 10, env: { BADGE_SECRET: secrets.BADGE_SECRET } })
})

it('a function whose secret is missing is refused before anything is created', async () => {
  const fake = createFakeCloudManager()
  await expect(deployFunction(fake.manager, api, {}, quiet, '/nowhere')).rejects.toThrow(/BADGE_SECRET/)
  expect(fake.functions.has('api')).toBe(false)
})
