import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestCloud } from '../../helpers/localCloud'
import { startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

describe('static files', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startFixtureCloud()
  })

  afterAll(async () => {
    await cloud.stop()
  })

  it('serves the build with its content types', async () => {
    const index = await fetch(`${cloud.url}/`)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await index.text()).toContain('暖新街区 fixture')
    const script = await fetch(`${cloud.url}/assets/app.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const style = await fetch(`${cloud.url}/assets/app.css`)
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('falls back to index.html for app routes, but not for missing files', async () => {
    const route = await fetch(`${cloud.url}/pages/events/index`)
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('暖新街区 fixture')
    expect((await fetch(`${cloud.url}/assets/missing.js`)).status).toBe(404)
  })

  it('never serves a file outside the build', async () => {
    const response = await fetch(`${cloud.url}/..%2f..%2ffunctions%2fwhoami%2findex.js`)
    expect(await response.text()).not.toContain('wx-server-sdk')
  })

  it('explains itself when the build is missing', async () => {
    const bare = await startFixtureCloud({ staticDir: mkdtempSync(path.join(tmpdir(), 'no-build-')) })
    try {
      const response = await fetch(`${bare.url}/`)
      expect(response.status).toBe(503)
      expect(await response.text()).toContain('npm run build:h5')
    } finally {
      await bare.stop()
    }
  })
})
