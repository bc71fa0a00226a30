import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startLocalCloud } from '../../../local-cloud'
import type { TestCloud } from '../../helpers/localCloud'
import { fixtureCollections, fixturesDir, startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

describe('timer triggers', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await startFixtureCloud()
  })
  afterAll(async () => {
    await cloud.stop()
  })

  it('fires one on request, with the event CloudBase sends and no user', async () => {
    cloud.setNow(new Date('2025-05-01T01:05:00.250Z'))
    const result = await cloud.fireTimer<{ event: unknown; OPENID: string }>('ticker', 'everyFiveMinutes')
    expect(result).toEqual({
      event: { Type: 'Timer', TriggerName: 'everyFiveMinutes', Time: '2025-05-01T01:05:00Z', Message: '' },
      OPENID: '',
    })
    cloud.setNow(null)
  })

  it('answers 404 for a trigger the function does not declare', async () => {
    const response = await fetch(`${cloud.url}/_local/timers/ticker/nightly`, { method: 'POST', headers: { 'x-local-cloud-secret': cloud.secret } })
    expect(response.status).toBe(404)
    expect((await response.json()).errMsg).toMatch(/no timer trigger named "nightly"/)
    expect((await fetch(`${cloud.url}/_local/timers/notify/any`, { method: 'POST', headers: { 'x-local-cloud-secret': cloud.secret } })).status).toBe(404)
  })

  it('lists the declared timers with their next firing', async () => {
    const list = await fetch(`${cloud.url}/_local/timers`, { headers: { 'x-local-cloud-secret': cloud.secret } }).then((r) => r.json())
    expect(list).toEqual([
      { function: 'ticker', name: 'everyFiveMinutes', config: '0 */5 * * * * *', next: expect.any(String) },
      { function: 'ticker', name: 'morning', config: '0 0 9 * * MON-FRI *', next: expect.any(String) },
    ])
  })
})

describe('the timer schedule (runTimers)', () => {
  it('invokes a function when its cron matches the wall clock', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'local-cloud-timers-'))
    const everySecond = path.join(fixturesDir, 'timer-functions')
    const cloud = await startLocalCloud({
      port: 0,
      dataDir,
      functionsDir: everySecond,
      collections: fixtureCollections,
      runTimers: true,
    })
    try {
      // The fixture's "* * * * * * *" trigger counts its calls in the notes collection.
      const deadline = Date.now() + 15_000
      while ((await cloud.store.count('notes', { by: 'timer' })) < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200))
      }
      const notes = await cloud.store.find('notes', { by: 'timer' })
      expect(notes.length).toBeGreaterThanOrEqual(2)
      expect(notes[0]).toMatchObject({ trigger: 'everySecond', Time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) })
    } finally {
      await cloud.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
