// A bundle that uses syntax or globals newer than its declared runtime (config.json `runtime`) must not run locally,
// since CloudBase would run it on that older Node. Versions below come from Node's changelogs, not from the checker.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createFunctionHost, FunctionError, FunctionErrorCode } from '../../../local-cloud/functions'
import { findNewerThanRuntime } from '../../../local-cloud/functions/runtimeCheck'

jest.setTimeout(30_000)

describe('what a runtime lacks', () => {
  it('Array.prototype.toSorted arrived in Node 20: refused for Nodejs18.15, fine for Nodejs20.19', () => {
    const code = 'exports.main = async () => [3, 1, 2].toSorted()'
    expect(findNewerThanRuntime(code, 'Nodejs18.15').join()).toMatch(/toSorted/)
    expect(findNewerThanRuntime(code, 'Nodejs20.19')).toEqual([])
  })

  it('structuredClone arrived in Node 17: refused for Nodejs16.13, fine for Nodejs18.15', () => {
    const code = 'exports.main = async (event) => structuredClone(event)'
    expect(findNewerThanRuntime(code, 'Nodejs16.13').join()).toMatch(/structuredClone/)
    expect(findNewerThanRuntime(code, 'Nodejs18.15')).toEqual([])
  })

  it('the RegExp v flag (Node 20) is syntax Nodejs18.15 cannot parse', () => {
    expect(findNewerThanRuntime('exports.re = /[\\p{L}--[a-z]]/v', 'Nodejs18.15').join()).toMatch(/syntax/)
  })

  it('syntax every supported runtime has passes (optional chaining, ??, class fields)', () => {
    const code = 'class A { x = 1; #y = 2; get y() { return this.#y } }\nexports.main = async (e) => e?.a ?? new A().y'
    expect(findNewerThanRuntime(code, 'Nodejs16.13')).toEqual([])
  })

  it('a runtime name that is not Node.js is itself a problem', () => {
    expect(findNewerThanRuntime('exports.main = async () => 1', 'Python3.10')).toHaveLength(1)
  })
})

describe('the function host checks a bundle before its first instance starts', () => {
  const functionsDir = mkdtempSync(path.join(tmpdir(), 'runtime-check-'))
  const writeFunction = (name: string, code: string, runtime?: string) => {
    mkdirSync(path.join(functionsDir, name))
    writeFileSync(path.join(functionsDir, name, 'index.js'), code)
    writeFileSync(path.join(functionsDir, name, 'config.json'), JSON.stringify(runtime ? { runtime } : {}))
  }
  // A unique marker per run keeps the cross-process "already checked" cache from answering for these bundles.
  const unique = `${Date.now()}-${process.pid}`
  writeFunction('tooNew', `// ${unique}\nexports.main = async () => [3, 1, 2].toSorted()`, 'Nodejs18.15')
  writeFunction('fits', `// ${unique}\nexports.main = async () => [3, 1, 2].toSorted()`, 'Nodejs20.19')
  const host = createFunctionHost({ functionsDir, envId: 'test-env', adminUrl: 'http://127.0.0.1:9/admin' })

  afterAll(async () => {
    await host.stop()
    rmSync(functionsDir, { recursive: true, force: true })
  })

  it('refuses to run a bundle that calls toSorted on Nodejs18.15, naming it', async () => {
    const failure = await host.invoke('tooNew', {}).catch((err: unknown) => err)
    expect(failure).toBeInstanceOf(FunctionError)
    expect((failure as FunctionError).errCode).toBe(FunctionErrorCode.executeFail)
    expect((failure as FunctionError).errMsg).toMatch(/Nodejs18\.15.*toSorted/)
  })

  it('runs the same code when the function declares Nodejs20.19', async () => {
    await expect(host.invoke('fits', {})).resolves.toEqual([1, 2, 3])
  })
})
