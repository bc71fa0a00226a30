import type { TestCloud } from '../../helpers/localCloud'
import { startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

interface WhoAmI {
  before: { OPENID: string }
  after: { OPENID: string }
  event: Record<string, unknown>
}

describe('POST /fn/<name>', () => {
  let cloud: TestCloud

  beforeAll(async () => {
    cloud = await startFixtureCloud()
  })

  afterAll(async () => {
    await cloud.stop()
  })

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${cloud.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

  it('gives every concurrent caller its own openid, never another caller’s', async () => {
    const callers = Array.from({ length: 24 }, (_, i) => `o-user-${i % 3}`)
    const replies = await Promise.all(callers.map((openid, i) => cloud.callFunction('whoami', { delayMs: (i * 7) % 40, i }, openid)))
    replies.forEach(({ status, body }, i) => {
      const reply = body as WhoAmI
      expect(status).toBe(200)
      expect(reply.event.i).toBe(i)
      expect(reply.before.OPENID).toBe(callers[i])
      expect(reply.after.OPENID).toBe(callers[i])
    })
  })

  it('gives a call without x-wx-openid an empty OPENID', async () => {
    const { body } = await cloud.callFunction('whoami', {})
    expect((body as WhoAmI).after.OPENID).toBe('')
  })

  it('adds userInfo to the event as wx.cloud.callFunction does', async () => {
    const { body } = await cloud.callFunction('whoami', { x: 1 }, 'o-alice')
    expect((body as WhoAmI).event).toMatchObject({ x: 1, userInfo: { openId: 'o-alice' } })
  })

  it('answers { action, data } calls to the api function through the helper', async () => {
    await expect(cloud.callUnchecked('events.list', { page: 1 }, 'o-bob')).resolves.toEqual({
      ok: true,
      data: { action: 'events.list', data: { page: 1 }, openid: 'o-bob' },
    })
  })

  it('answers 500 with { errCode, errMsg } and no stack when the function throws, then keeps serving', async () => {
    const response = await post('/fn/thrower', '{}')
    const body = await response.json()
    expect(response.status).toBe(500)
    expect(Object.keys(body).sort()).toEqual(['errCode', 'errMsg'])
    expect(body.errMsg).toContain('boom')
    expect(body.errMsg).not.toMatch(/ at |secret\/path/)
    expect((await cloud.callFunction('thrower', { mode: 'ok' })).body).toEqual({ ok: true })
  })

  it('answers 500 on a timeout, and the next call works', async () => {
    const timedOut = await cloud.callFunction('slow', { ms: 5_000 })
    expect(timedOut.status).toBe(500)
    expect(timedOut.body).toMatchObject({ errCode: -504003 })
    expect(await cloud.callFunction('slow', { ms: 1 })).toEqual({ status: 200, body: { slept: 1 } })
  })

  it('answers 404 for a function that does not exist', async () => {
    const response = await post('/fn/nope', '{}')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ errCode: -501000 })
  })

  it('answers 400 with a readable message for a body that is not JSON, or not an object', async () => {
    const broken = await post('/fn/whoami', '{"action": ')
    expect(broken.status).toBe(400)
    expect((await broken.json()).errMsg).toMatch(/not valid JSON/)
    const array = await post('/fn/whoami', '[1, 2]')
    expect(array.status).toBe(400)
    expect((await array.json()).errMsg).toMatch(/JSON object/)
  })

  it('refuses a body over the size limit', async () => {
    const response = await post('/fn/whoami', JSON.stringify({ blob: 'x'.repeat(7 * 1024 * 1024) }))
    expect(response.status).toBe(413)
  })

  it('lets one function call another through /admin functions.invokeFunction, with no user', async () => {
    const { status, body } = await cloud.callFunction('caller', {}, 'o-carol')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      own: { OPENID: 'o-carol' },
      callee: { after: { OPENID: '' }, event: { from: 'caller' } },
    })
  })

  it('fails the caller’s callFunction with the message of a callee that threw', async () => {
    const { status, body } = await cloud.callFunction('caller', { target: 'thrower' })
    expect(status).toBe(200)
    expect((body as { calleeFailed: string }).calleeFailed).toContain('boom')
  })

  it('lets a function write and read the database through /admin', async () => {
    await cloud.callFunction('notes', { action: 'add', text: '周六义诊' }, 'o-dave')
    await cloud.callFunction('notes', { action: 'add', text: '别人的' }, 'o-erin')
    const { body } = await cloud.callFunction('notes', { action: 'list' }, 'o-dave')
    expect(body).toEqual(['周六义诊'])
  })
})
