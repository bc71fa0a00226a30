import path from 'node:path'
import { readdirSync } from 'node:fs'
import { createFunctionHost, FunctionError, FunctionErrorCode, type FunctionHost } from '../../../local-cloud/functions'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

const functionsDir = path.resolve(__dirname, '../fixtures/functions')

interface SleepReport {
  instanceId: string
  startedAt: number
  endedAt: number
}

describe('the function host', () => {
  let host: FunctionHost

  beforeEach(() => {
    host = createFunctionHost({ functionsDir, envId: 'test-env', adminUrl: 'http://127.0.0.1:9/admin' })
  })

  afterEach(async () => {
    await host.stop()
  })

  it('keeps module state between calls on a warm instance', async () => {
    const first = (await host.invoke('counter', {})) as { instanceId: string; calls: number }
    const second = (await host.invoke('counter', {})) as { instanceId: string; calls: number }
    expect(second.instanceId).toBe(first.instanceId)
    expect(second.calls).toBe(first.calls + 1)
  })

  it('runs four calls in parallel on four instances and queues a fifth', async () => {
    await Promise.all([1, 2, 3, 4].map(() => host.invoke('sleeper', { ms: 10 }))) // start four warm instances
    const reports = (await Promise.all([1, 2, 3, 4, 5].map(() => host.invoke('sleeper', { ms: 600 })))) as SleepReport[]
    const firstFour = reports.slice(0, 4)
    const fifth = reports[4]
    expect(new Set(firstFour.map((r) => r.instanceId)).size).toBe(4)
    const lastStart = Math.max(...firstFour.map((r) => r.startedAt))
    const firstEnd = Math.min(...firstFour.map((r) => r.endedAt))
    expect(lastStart).toBeLessThan(firstEnd) // they overlapped
    expect(fifth.startedAt).toBeGreaterThanOrEqual(firstEnd - 5) // it waited for a free instance
    expect(firstFour.map((r) => r.instanceId)).toContain(fifth.instanceId)
    expect(host.states().sleeper).toHaveLength(4)
  })

  const onLinux = process.platform === 'linux' ? it : it.skip
  onLinux('names each started instance by its own operating-system thread of this process (the bench splits CPU by them)', async () => {
    await Promise.all([1, 2].map(() => host.invoke('sleeper', { ms: 10 })))
    // A second instance may still be starting (the first can serve both calls): wait until none is.
    for (let waited = 0; host.states().sleeper.includes('starting') && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50))
    const ids = host.osThreadIds().sleeper
    expect(ids.length).toBe(host.states().sleeper.length)
    expect(new Set(ids).size).toBe(ids.length)
    const tasks = new Set(readdirSync(`/proc/${process.pid}/task`).map(Number))
    for (const id of ids) {
      expect(tasks.has(id)).toBe(true)
      expect(id).not.toBe(process.pid) // not the local cloud's own thread
    }
  })

  it('gives each call its caller identity, and none to a call without a user', async () => {
    const mine = (await host.invoke('whoami', {}, { openid: 'o-alice' })) as { after: Record<string, unknown> }
    const none = (await host.invoke('whoami', {})) as { after: Record<string, unknown> }
    expect(mine.after).toMatchObject({ OPENID: 'o-alice', APPID: expect.any(String), ENV: 'test-env' })
    expect(none.after.OPENID).toBe('')
  })

  it('passes the test clock to the function, and unsets it again', async () => {
    host.setNow(new Date('2025-03-01T08:00:00.000Z'))
    expect(await host.invoke('whoami', {})).toMatchObject({ now: '2025-03-01T08:00:00.000Z' })
    host.setNow(null)
    expect(await host.invoke('whoami', {})).toMatchObject({ now: null })
  })

  it('turns a thrown error into an error result without the stack, and keeps serving', async () => {
    const failure = (await host.invoke('thrower', {}).catch((err) => err)) as FunctionError
    expect(failure.errCode).toBe(FunctionErrorCode.executeFail)
    expect(failure.errMsg).toContain('boom')
    expect(failure.errMsg).not.toContain('secret/path')
    await expect(host.invoke('thrower', { mode: 'ok' })).resolves.toEqual({ ok: true })
  })

  it('turns a crashed instance into an error result and starts a fresh one', async () => {
    const crashLog = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(host.invoke('thrower', { mode: 'exit' })).rejects.toMatchObject({
      errCode: FunctionErrorCode.executeFail,
    })
    await expect(host.invoke('thrower', { mode: 'uncaught' })).rejects.toMatchObject({
      errMsg: expect.stringContaining('uncaught boom'),
    })
    await expect(host.invoke('thrower', { mode: 'ok' })).resolves.toEqual({ ok: true })
    expect(crashLog).toHaveBeenCalledWith(expect.stringContaining('thrower crashed'), expect.anything())
    crashLog.mockRestore()
  })

  it('answers a timeout after the configured time, then serves the next call', async () => {
    await host.invoke('slow', { ms: 1 }) // warm: the timeout counts execution, not the cold start
    const started = Date.now()
    await expect(host.invoke('slow', { ms: 5_000 })).rejects.toMatchObject({ errCode: FunctionErrorCode.timeout })
    expect(Date.now() - started).toBeLessThan(2_000)
    await expect(host.invoke('slow', { ms: 1 })).resolves.toEqual({ slept: 1 })
  })

  it('answers not found for a function that is not built', async () => {
    expect(host.has('nope')).toBe(false)
    await expect(host.invoke('nope', {})).rejects.toMatchObject({ errCode: FunctionErrorCode.notFound })
    await expect(host.invoke('../fixtures', {})).rejects.toMatchObject({ errCode: FunctionErrorCode.notFound })
  })
})
