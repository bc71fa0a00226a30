/**
 * Only the local cloud's own parts reach /admin and the service endpoints; a web page elsewhere
 * (foreign Origin), a DNS-rebound name (foreign Host) or a "simple" text/plain request changes nothing.
 */
import http from 'node:http'
import path from 'node:path'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { startLocalCloud } from '../../../local-cloud'
import type { TestCloud } from '../../helpers/localCloud'
import { fixtureCollections, fixturesDir, startFixtureCloud } from '../fixtures/testCloud'

jest.setTimeout(30_000)

interface Reply {
  status: number
  body: any
}

/** A request with full control of Host and Origin (fetch refuses to set Host). */
function raw(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c) => (text += c))
      res.on('end', () => {
        let parsed: unknown = text
        try {
          parsed = JSON.parse(text)
        } catch {
          /* not JSON: keep the text */
        }
        resolve({ status: res.statusCode ?? 0, body: parsed })
      })
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** The findings' attack: make a stranger an admin through /admin. */
const EVIL_UPSERT = JSON.stringify({
  action: 'database.modifyDocument',
  collectionName: 'notes',
  query: '{"_id":"evil"}',
  data: '{"$set":{"text":"pwned","author":"evil"}}',
  upsert: true,
  multi: false,
})

describe('who may talk to the local cloud', () => {
  let cloud: TestCloud
  let host: string
  beforeAll(async () => {
    cloud = await startFixtureCloud()
    host = new URL(cloud.url).host
  })
  afterAll(async () => {
    await cloud.stop()
  })
  const evilStored = () => cloud.store.count('notes', { _id: 'evil' })

  it.each<[string, Record<string, string>, boolean, number]>([
    ['text/plain from a foreign page and name', { 'content-type': 'text/plain', origin: 'http://evil.example', host: 'evil.example:80' }, false, 403],
    ['JSON with a foreign Origin', { 'content-type': 'application/json', origin: 'http://evil.example' }, false, 403],
    ['JSON under a DNS-rebound Host, with the secret', { 'content-type': 'application/json', host: 'evil.example:8787' }, true, 403],
    ['JSON from this machine without the secret', { 'content-type': 'application/json' }, false, 403],
    ['text/plain with the secret', { 'content-type': 'text/plain' }, true, 415],
  ])('refuses /admin: %s, and changes nothing', async (_label, headers, withSecret, status) => {
    const reply = await raw(`${cloud.url}/admin`, 'POST', { host, ...(withSecret ? { 'x-local-cloud-secret': cloud.secret } : {}), ...headers }, EVIL_UPSERT)
    expect(reply.status).toBe(status)
    expect(await evilStored()).toBe(0)
  })

  it('serves /admin to its own parts: JSON, the bound Host, the secret', async () => {
    const reply = await raw(`${cloud.url}/admin`, 'POST', { 'content-type': 'application/json', 'x-local-cloud-secret': cloud.secret }, EVIL_UPSERT)
    expect(reply).toMatchObject({ status: 200, body: { data: { upsert_id: 'evil' } } })
    await cloud.store.remove('notes', { _id: 'evil' })
  })

  it('keeps the clock, the moderation list, the outbox and the timers to its own parts', async () => {
    const json = { 'content-type': 'application/json' }
    expect((await raw(`${cloud.url}/_local/clock`, 'POST', json, '{"now":"2020-01-01T00:00:00Z"}')).status).toBe(403)
    expect((await raw(`${cloud.url}/_local/content-check`, 'POST', json, '{"blocked":[]}')).status).toBe(403)
    expect((await raw(`${cloud.url}/_local/outbox`, 'GET', {})).status).toBe(403)
    expect((await raw(`${cloud.url}/_local/timers/ticker/everyFiveMinutes`, 'POST', {})).status).toBe(403)
    expect((await cloud.callFunction('whoami', {})).body).toMatchObject({ now: null })
    const words = await raw(`${cloud.url}/_local/content-check`, 'GET', { 'x-local-cloud-secret': cloud.secret })
    expect(words.body.blocked.length).toBeGreaterThan(0)
  })

  it('never runs a timer function for a caller over /fn, not even with the secret', async () => {
    const reply = await raw(`${cloud.url}/fn/ticker`, 'POST', { 'content-type': 'application/json', 'x-local-cloud-secret': cloud.secret }, '{}')
    expect(reply).toMatchObject({ status: 403, body: { errCode: 'FORBIDDEN' } })
  })

  it('serves the app its own origin, and refuses other origins, other names and text/plain on /fn', async () => {
    const call = (headers: Record<string, string>) => raw(`${cloud.url}/fn/whoami`, 'POST', { 'x-wx-openid': 'o-app', ...headers }, '{"x":1}')
    const json = { 'content-type': 'application/json' }
    expect((await call({ ...json, origin: `http://${host}` })).status).toBe(200)
    expect((await call({ ...json, origin: 'http://evil.example' })).status).toBe(403)
    expect((await call({ ...json, origin: 'null' })).status).toBe(403)
    expect((await call({ ...json, host: 'evil.example:8787' })).status).toBe(403)
    expect((await call({ 'content-type': 'text/plain' })).status).toBe(415)
  })

  it('takes subscribe consents from the app for its own user only, and from its own origin only', async () => {
    const consent = (headers: Record<string, string>, openid: string) =>
      raw(`${cloud.url}/_local/subscriptions`, 'POST', { 'content-type': 'application/json', ...headers }, JSON.stringify({ openid, templateIds: ['t1'] }))
    expect((await consent({ 'x-wx-openid': 'o-me', origin: `http://${host}` }, 'o-me')).status).toBe(200)
    expect((await consent({ 'x-wx-openid': 'o-me' }, 'o-someone-else')).status).toBe(403)
    expect((await consent({ 'x-wx-openid': 'o-me', origin: 'http://evil.example' }, 'o-me')).status).toBe(403)
  })

  it('takes uploads from the app, not from a foreign origin', async () => {
    const upload = (origin: string) =>
      raw(`${cloud.url}/_local/storage/upload-from-client?cloudPath=a%2Fb.txt`, 'POST', { 'x-wx-openid': 'o-me', origin, 'content-type': 'text/plain' }, 'hi')
    expect((await upload('http://evil.example')).status).toBe(403)
    expect((await upload(`http://${host}`)).status).toBe(200)
  })

  it('does not serve even the app under a foreign Host (DNS rebinding)', async () => {
    expect((await raw(`${cloud.url}/`, 'GET', { host: 'evil.example:8787' })).status).toBe(403)
    expect((await raw(`${cloud.url}/`, 'GET', {})).status).toBe(200)
    expect((await raw(`${cloud.url}/`, 'GET', { host: `localhost:${cloud.url.split(':').pop()}` })).status).toBe(200)
  })

  it('refuses a request nested deeper than 64 levels at the transport, with no worker kept busy', async () => {
    const deep = `{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`
    const replies = await Promise.all([1, 2, 3, 4].map(() => raw(`${cloud.url}/fn/whoami`, 'POST', { 'content-type': 'application/json' }, deep)))
    for (const reply of replies) expect(reply).toMatchObject({ status: 400, body: { errCode: 'BAD_REQUEST', errMsg: expect.stringMatching(/deeper than 64/) } })
    const health = await raw(`${cloud.url}/_local/health`, 'GET', {})
    expect(Object.values(health.body.functions).flat()).not.toContain('busy')
    expect((await cloud.callFunction('whoami', { fine: [[[1]]] }, 'o-next')).status).toBe(200)
    const atLimit = `{"x":${'['.repeat(63)}${']'.repeat(63)}}` // 64 levels with the outer object
    expect((await raw(`${cloud.url}/fn/whoami`, 'POST', { 'content-type': 'application/json' }, atLimit)).status).toBe(200)
  })
})

test('binding beyond loopback needs explicit consent', async () => {
  const start = (allowNetwork?: boolean) =>
    startLocalCloud({
      port: 0,
      host: '0.0.0.0',
      allowNetwork,
      dataDir: mkdtempSync(path.join(tmpdir(), 'bind-')),
      functionsDir: path.join(fixturesDir, 'functions'),
      collections: fixtureCollections,
    })
  await expect(start()).rejects.toThrow(/--allow-network/)
  const cloud = await start(true)
  await cloud.stop()
})
