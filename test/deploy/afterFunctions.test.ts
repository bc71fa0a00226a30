// What the deploy cannot do by API comes back as a named manual step instead of an abort: security rules when the
// deprecated rules API fails, and cloud-call permissions, which only WeChat DevTools' upload registers.
import { deployCloud } from '@/scripts/deploy/apply'
import { deployCollections } from '@/scripts/deploy/deployCollections'
import { checkPermissions, permissionManualSteps } from '@/scripts/deploy/permissionsCheck'
import { readPlan } from '@/scripts/deploy/plan'
import { createFakeCloudManager } from './fakeCloudManager'

const plan = readPlan()
const quiet = () => undefined
const settings = {
  envId: 'env-x',
  secrets: {
    BADGE_SECRET: 'x'.repeat(40),
    ...Object.fromEntries(
      ['TARO_APP_TEMPLATE_EVENT_REMINDER', 'TARO_APP_TEMPLATE_EVENT_SEAT_CONFIRMED', 'TARO_APP_TEMPLATE_NEED_PROGRESS', 'TARO_APP_TEMPLATE_EVENT_CHANGED'].map(
        (n) => [n, `${n}-id`.padEnd(43, 'x')],
      ),
    ),
  },
}
/** What each function's system.probe answers when every permission it is asked about has `status`. */
const probeAnswering = (status: string) => (_name: string, event: Record<string, unknown>) => ({
  ok: true,
  data: {
    results: ((event.data as { apis: string[] }).apis ?? []).map((api) => ({ api, status, errCode: status === 'missing' ? -604101 : null, message: status })),
  },
})

describe('collections', () => {
  it('creates collections and indexes and sets each rule when the rules API works', async () => {
    const fake = createFakeCloudManager()
    const { manualSteps } = await deployCollections(fake.manager, plan.collections, quiet)
    expect(manualSteps).toEqual([])
    for (const c of plan.collections) {
      expect(fake.collections.get(c.name)?.rule).toBe(JSON.stringify(c.rule))
      expect([...fake.collections.get(c.name)!.indexes].sort()).toEqual(c.indexes.map((i) => i.name).sort())
    }
  })

  it('when modifyResourcePermission fails, finishes collections and indexes and names the console step for the rules', async () => {
    const fake = createFakeCloudManager({ rulesFail: true })
    const { manualSteps } = await deployCollections(fake.manager, plan.collections, quiet)
    expect(fake.collections.size).toBe(plan.collections.length)
    expect(manualSteps).toHaveLength(1)
    expect(manualSteps[0]).toMatch(/云开发控制台 → 数据库 → <collection> → 数据权限 → 自定义安全规则/)
    for (const c of plan.collections) expect(manualSteps[0]).toContain(c.name)
  })
})

describe('cloud-call permissions after the functions are up', () => {
  const withPermissions = plan.functions.filter((fn) => fn.openapi.length > 0)

  it('asks every function that declares permissions, for exactly those it declares', async () => {
    const asked: Array<[string, unknown]> = []
    const fake = createFakeCloudManager({ probeAnswer: (name, event) => (asked.push([name, event]), probeAnswering('registered')(name, event)) })
    await deployCloud(fake.manager, plan, settings, quiet)
    expect(asked).toEqual(withPermissions.map((fn) => [fn.name, { action: 'system.probe', data: { apis: fn.openapi } }]))
  })

  it('all registered: no manual step', async () => {
    const fake = createFakeCloudManager({ probeAnswer: probeAnswering('registered') })
    expect((await deployCloud(fake.manager, plan, settings, quiet)).manualSteps).toEqual([])
  })

  it('missing (-604101): one step naming each function, its permissions and the DevTools upload', async () => {
    const fake = createFakeCloudManager({ probeAnswer: probeAnswering('missing') })
    const { manualSteps } = await deployCloud(fake.manager, plan, settings, quiet)
    expect(manualSteps).toHaveLength(1)
    for (const fn of withPermissions) expect(manualSteps[0]).toContain(`${fn.name} (${fn.openapi.join(', ')})`)
    expect(manualSteps[0]).toContain('上传并部署：云端安装依赖')
    expect(manualSteps[0]).toContain('env-x')
    expect(manualSteps[0]).toContain('npm run deploy -- --check')
  })

  it('a probe that cannot tell, or a function that does not answer it, leads to the in-app check', async () => {
    const fake = createFakeCloudManager({ probeAnswer: (name, event) => (name === 'api' ? probeAnswering('unknown')(name, event) : null) })
    await deployCloud(fake.manager, plan, settings, quiet)
    const reports = await checkPermissions(fake.manager, plan.functions)
    expect(new Set(reports.map((r) => r.status))).toEqual(new Set(['unknown']))
    const steps = permissionManualSteps(reports, 'env-x')
    expect(steps).toHaveLength(1)
    expect(steps[0]).toContain("action: 'system.probe'")
  })
})
