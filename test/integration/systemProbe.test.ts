// system.probe through the real wx-server-sdk in functions the local cloud runs: the deployer's check (no user) and
// the admin's check from the mini-program, for api and cron, each asking only for its own config.json permissions.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PermissionProbe } from '@/types/system'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

jest.setTimeout(60_000)
const ROOT = path.resolve(__dirname, '../..')
const config = (fn: string) => JSON.parse(readFileSync(path.join(ROOT, 'cloudfunctions', fn, 'config.json'), 'utf8'))
type ProbeAnswer = { ok: boolean; data?: { results: PermissionProbe[] }; error?: { code: string } }

describe('with the functions as they are deployed', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await startTestCloud()
    await cloud.store.insertOne('users', { _id: 'probe-admin', roles: ['resident', 'admin'], nickname: '管理员', createdAt: new Date() })
  })
  afterAll(() => cloud?.stop())

  it.each(['api', 'cron'])('the deployer (no user) probing %s finds every permission its config.json declares registered', async (fn) => {
    const apis: string[] = config(fn).permissions.openapi
    const answer = (await cloud.invokeAsDeployer(fn, { action: 'system.probe', data: { apis } })) as ProbeAnswer
    expect(answer.ok).toBe(true)
    expect(answer.data!.results.map((r) => [r.api, r.status])).toEqual(apis.map((api) => [api, 'registered']))
  })

  it('an admin probes from the mini-program; the probe sends no message', async () => {
    const { results } = await cloud.callOk('system.probe', {}, 'probe-admin')
    expect(results.map((r) => [r.api, r.status])).toEqual([
      ['security.msgSecCheck', 'registered'],
      ['subscribeMessage.send', 'registered'],
      ['wxacode.getUnlimited', 'registered'],
    ])
    expect(await cloud.outbox()).toEqual([])
  })

  it('a resident may not probe, and a user may not reach the cron probe', async () => {
    expect(await cloud.call('system.probe', {}, 'probe-resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // The cron function itself refuses a user (the local cloud's /fn already refuses timer functions from outside).
    expect(await cloud.invokeAsUser('cron', { action: 'system.probe', data: {} }, 'probe-resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('with an api function whose config.json grants nothing', () => {
  let cloud: TestCloud
  const functionsDir = mkdtempSync(path.join(tmpdir(), 'probe-no-permissions-'))
  beforeAll(async () => {
    mkdirSync(path.join(functionsDir, 'api'))
    copyFileSync(path.join(ROOT, 'cloudfunctions/api/index.js'), path.join(functionsDir, 'api/index.js'))
    const { permissions: _granted, ...rest } = config('api')
    writeFileSync(path.join(functionsDir, 'api/config.json'), JSON.stringify(rest))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(functionsDir, 'node_modules'), 'dir')
    cloud = await startTestCloud({ functionsDir })
  })
  afterAll(async () => {
    await cloud?.stop()
    rmSync(functionsDir, { recursive: true, force: true })
  })

  // The local cloud checks cloud calls against config.json permissions and answers -604101 as CloudBase does.
  it('the deployer’s probe reports each permission missing', async () => {
    const answer = (await cloud.invokeAsDeployer('api', {
      action: 'system.probe',
      data: { apis: ['security.msgSecCheck', 'subscribeMessage.send'] },
    })) as ProbeAnswer
    expect(answer.data!.results.map((r) => [r.api, r.status, r.errCode])).toEqual([
      ['security.msgSecCheck', 'missing', -604101],
      ['subscribeMessage.send', 'missing', -604101],
    ])
  })
})
