import type { TestCloud } from '../../helpers/localCloud'
import { readQrPng } from '../../helpers/readQr'
import { readLocalWxacode } from '../../../local-cloud/openapi'
import { startFixtureCloud } from '../fixtures/testCloud'

// Cold starts load wx-server-sdk in each worker: slow when suites run in parallel on two cores.
jest.setTimeout(30_000)

const TEMPLATE = 'tmpl-activity-reminder'

/** Calls the fixture function `notify` (no user unless `openid`), answering its return value. */
const notify = async (cloud: TestCloud, data: object, openid?: string) => (await cloud.callFunction('notify', data, openid)).body as any

describe('cloud.openapi through the real wx-server-sdk', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await startFixtureCloud()
  })
  afterAll(async () => {
    await cloud.stop()
  })

  const send = (touser: string, text?: string) => notify(cloud, { action: 'send', touser, templateId: TEMPLATE, text })
  const check = (content: string, openid = 'o-author') => notify(cloud, { action: 'check', content }, openid)

  describe('subscribeMessage.send', () => {
    it('fails with 43101 when the user never accepted the template, and sends nothing', async () => {
      expect(await send('o-nobody')).toEqual({
        thrown: true,
        errCode: 43101,
        errMsg: expect.stringMatching(/^openapi\.subscribeMessage\.send:fail user refuse to accept the msg/),
      })
      expect(await cloud.outbox('o-nobody')).toEqual([])
    })

    it('delivers to the outbox against a consent, and the consent is used up', async () => {
      cloud.setNow(new Date('2025-05-01T01:00:00Z'))
      await cloud.grantSubscription('o-alice', [TEMPLATE])
      expect(await send('o-alice', '周六义诊')).toEqual({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
      const [message, ...rest] = await cloud.outbox('o-alice')
      expect(rest).toEqual([])
      expect(message).toMatchObject({
        touser: 'o-alice',
        templateId: TEMPLATE,
        page: 'pages/index/index',
        data: { thing1: { value: '周六义诊' }, time2: { value: '2025-05-01 09:00' } },
        miniprogramState: 'developer',
        sentAt: '2025-05-01T01:00:00.000Z',
      })
      expect(await send('o-alice')).toMatchObject({ thrown: true, errCode: 43101 })
      expect(await cloud.outbox('o-alice')).toHaveLength(1)
      cloud.setNow(null)
    })

    it('counts consents: two accepts allow two messages, listed newest first', async () => {
      await cloud.grantSubscription('o-bob', [TEMPLATE])
      await cloud.grantSubscription('o-bob', [TEMPLATE, 'tmpl-other'])
      await send('o-bob', 'first')
      await send('o-bob', 'second')
      expect(await send('o-bob', 'third')).toMatchObject({ errCode: 43101 })
      const texts = (await cloud.outbox('o-bob')).map((m) => m.data.thing1.value)
      expect(texts).toEqual(['second', 'first'])
      const ledger = await fetch(`${cloud.url}/_local/subscriptions?openid=o-bob`, { headers: { 'x-wx-openid': 'o-bob' } }).then((r) => r.json())
      expect(ledger).toEqual({ openid: 'o-bob', granted: { 'tmpl-other': 1 } })
    })

    it('refuses more than 5 templates in one consent, as requestSubscribeMessage does', async () => {
      const response = await fetch(`${cloud.url}/_local/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': 'o-x' },
        body: JSON.stringify({ openid: 'o-x', templateIds: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      })
      expect(response.status).toBe(400)
    })

    it('clears the outbox on DELETE', async () => {
      const response = await fetch(`${cloud.url}/_local/outbox`, { method: 'DELETE', headers: { 'x-local-cloud-secret': cloud.secret } })
      expect(response.status).toBe(200)
      expect(await cloud.outbox()).toEqual([])
    })
  })

  describe('security.msgSecCheck (v2)', () => {
    it('passes ordinary text', async () => {
      expect(await check('周六上午在社区中心集合')).toMatchObject({
        errCode: 0,
        errMsg: 'openapi.security.msgSecCheck:ok',
        result: { suggest: 'pass', label: 100 },
        detail: [expect.objectContaining({ strategy: 'content_model', suggest: 'pass' }), expect.objectContaining({ strategy: 'keyword', suggest: 'pass' })],
      })
    })

    it('flags a default bad word as risky with its label', async () => {
      expect(await check('一起来赌博吧')).toMatchObject({
        result: { suggest: 'risky', label: 20006 },
        detail: [expect.anything(), expect.objectContaining({ strategy: 'keyword', keyword: '赌博' })],
      })
    })

    it('uses the deny list tests set', async () => {
      await cloud.setBlockedWords(['广告位招租'])
      expect(await check('广告位招租，联系我')).toMatchObject({ result: { suggest: 'risky', label: 21000 } })
      expect(await check('一起来赌博吧')).toMatchObject({ result: { suggest: 'pass' } })
    })

    it('needs the author openid in v2', async () => {
      expect(await notify(cloud, { action: 'check', content: 'hi' })).toMatchObject({ thrown: true, errCode: 40003 })
    })
  })

  describe('wxacode.getUnlimited', () => {
    // The rules are WeChat's (local-cloud/openapi/wxacode.ts cites the doc); the fixture cloud knows the app's pages.
    const code = (params: object) => notify(cloud, { action: 'code', params })
    const EVENT_PAGE = 'features/events/subpages/detail/index'

    it('answers a PNG whose QR code, scanned, names the page and the scene', async () => {
      const r = await code({ scene: 'ev-1:a=b', page: EVENT_PAGE, width: 430 })
      expect(r).toMatchObject({ errCode: 0, contentType: 'image/png' })
      const content = readQrPng(Buffer.from(r.base64, 'base64'))
      expect(content).toBe(`${cloud.url}/#/${EVENT_PAGE}?scene=${encodeURIComponent('ev-1:a=b')}`)
      expect(readLocalWxacode(content!)).toEqual({ page: EVENT_PAGE, scene: 'ev-1:a=b' })
    })

    it('takes a scene of exactly 32 visible characters and refuses 33 with 40129', async () => {
      expect(await code({ scene: 'a'.repeat(32), page: EVENT_PAGE })).toMatchObject({ errCode: 0 })
      expect(await code({ scene: 'a'.repeat(33), page: EVENT_PAGE })).toMatchObject({ thrown: true, errCode: 40129 })
    })

    it.each([['中文'], ['a b'], ['a%20b'], ['']])("refuses the scene %p (outside digits, letters and !#$&'()*+,/:;=?@-._~) with 40129", async (scene) => {
      expect(await code({ scene, page: EVENT_PAGE })).toMatchObject({ thrown: true, errCode: 40129 })
    })

    it('refuses a page the mini-program does not have, a leading slash or a query with 41030; check_path false lets an unknown page through', async () => {
      expect(await code({ scene: 'x', page: 'pages/nowhere/index' })).toMatchObject({ thrown: true, errCode: 41030 })
      expect(await code({ scene: 'x', page: `/${EVENT_PAGE}` })).toMatchObject({ thrown: true, errCode: 41030 })
      expect(await code({ scene: 'x', page: `${EVENT_PAGE}?id=1` })).toMatchObject({ thrown: true, errCode: 41030 })
      expect(await code({ scene: 'x', page: 'pages/nowhere/index', checkPath: false })).toMatchObject({ errCode: 0 })
    })

    it('opens the home page (the first page) when no page is given', async () => {
      const r = await code({ scene: 'x' })
      expect(readLocalWxacode(readQrPng(Buffer.from(r.base64, 'base64'))!)).toEqual({ page: 'features/stations/pages/list/index', scene: 'x' })
    })

    it('refuses a width outside 280–1280 px', async () => {
      expect(await code({ scene: 'x', page: EVENT_PAGE, width: 279 })).toMatchObject({ thrown: true })
      expect(await code({ scene: 'x', page: EVENT_PAGE, width: 1281 })).toMatchObject({ thrown: true })
    })
  })

  it('fails loudly, naming the API, for an open API it does not emulate', async () => {
    const result = await notify(cloud, { action: 'unemulated' })
    expect(result.thrown).toBe(true)
    expect(result.errMsg).toMatch(/openapi\.wxacode\.createQRCode is not emulated by the local cloud/)
  })

  it('keeps its own collections out of the functions’ reach', async () => {
    const reply = await fetch(`${cloud.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-local-cloud-secret': cloud.secret },
      body: JSON.stringify({ action: 'database.getDocument', collectionName: '_local_outbox', query: '{}' }),
    }).then((r) => r.json())
    expect(reply).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })
})

describe('the outbox across a restart', () => {
  it('survives, and so does an unused consent', async () => {
    const cloud = await startFixtureCloud()
    try {
      await cloud.grantSubscription('o-carol', [TEMPLATE, TEMPLATE])
      await notify(cloud, { action: 'send', touser: 'o-carol', templateId: TEMPLATE, text: '重启之前' })
      await cloud.restart()
      expect((await cloud.outbox('o-carol')).map((m) => m.data.thing1.value)).toEqual(['重启之前'])
      await notify(cloud, { action: 'send', touser: 'o-carol', templateId: TEMPLATE, text: '重启之后' })
      expect((await cloud.outbox('o-carol')).map((m) => m.data.thing1.value)).toEqual(['重启之后', '重启之前'])
    } finally {
      await cloud.stop()
    }
  })
})
