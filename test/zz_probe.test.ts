import { startTestCloud, type TestCloud } from './helpers/localCloud'
let cloud: TestCloud
beforeAll(async () => { cloud = await startTestCloud({ seed: true }) }, 60000)
afterAll(() => cloud?.stop())
const nested = (d: number): unknown => (d === 0 ? { x: 1 } : { a: nested(d - 1) })
it('probe', async () => {
  for (const [what, v] of [['nested', nested(40)], ['arr', [[['x']]]], ['ctl', 'a\u0000'], ['huge', '字'.repeat(200_000)], ['num', -1e308]] as const) {
    const t = Date.now()
    const r = await cloud.call('users.get', { openid: v }, 'demo-admin').catch((e) => String(e).slice(0, 100))
    console.log(what, Date.now() - t, JSON.stringify(r).slice(0, 150))
  }
}, 120000)
