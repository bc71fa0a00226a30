import type { TestCloud } from '../../helpers/localCloud'
import { startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

describe('the /_local endpoints', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startFixtureCloud()
  })

  afterAll(async () => {
    await cloud.stop()
  })

  const setClock = (now: unknown) =>
    fetch(`${cloud.url}/_local/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-local-cloud-secret': cloud.secret },
      body: JSON.stringify({ now }),
    })

  it('reports health', async () => {
    const response = await fetch(`${cloud.url}/_local/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, envId: 'test' })
  })

  it('sets the test clock the functions read, and resets it', async () => {
    expect((await setClock('2025-05-01T01:02:03.000Z')).status).toBe(200)
    expect((await cloud.callFunction('whoami', {})).body).toMatchObject({ now: '2025-05-01T01:02:03.000Z' })
    await setClock(null)
    expect((await cloud.callFunction('whoami', {})).body).toMatchObject({ now: null })
  })

  it('takes the clock from the helper too', async () => {
    cloud.setNow(new Date('2024-12-31T16:00:00Z'))
    expect((await cloud.callFunction('whoami', {})).body).toMatchObject({ now: '2024-12-31T16:00:00.000Z' })
    cloud.setNow(null)
  })

  it('refuses a clock value that is not a date', async () => {
    const response = await setClock('next tuesday')
    expect(response.status).toBe(400)
    expect((await response.json()).errMsg).toMatch(/ISO date/)
  })
})
