/** A call the host cannot hand to its worker (too deep, or not cloneable) fails at once and leaves the worker free. */
import path from 'node:path'
import { createFunctionHost, FunctionError, type FunctionHost } from '../../../local-cloud/functions'

jest.setTimeout(30_000)

const functionsDir = path.resolve(__dirname, '../fixtures/functions')

function nested(depth: number): unknown {
  let value: unknown = []
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

describe('a message the worker cannot receive', () => {
  let host: FunctionHost
  beforeEach(() => {
    host = createFunctionHost({ functionsDir, envId: 'test-env', adminUrl: 'http://127.0.0.1:9/admin', instancesPerFunction: 1 })
  })
  afterEach(async () => {
    await host.stop()
  })

  it.each([
    ['nested 200,000 deep', { x: nested(200_000) }],
    ['holding a function', { x: () => 1 }],
  ])('fails the call (%s), frees the worker at once, and the same worker serves the next call', async (_label, data) => {
    const first = (await host.invoke('counter', {})) as { instanceId: string; calls: number }
    await expect(host.invoke('counter', data)).rejects.toBeInstanceOf(FunctionError)
    expect(host.states()).toEqual({ counter: ['idle'] })
    const next = (await host.invoke('counter', {})) as { instanceId: string; calls: number }
    expect(next).toEqual({ instanceId: first.instanceId, calls: first.calls + 1 })
  })
})
