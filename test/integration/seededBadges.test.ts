// The seed itself: the demo block's badges (seed/badges.ts) are genuine and current, so the h5 demo's 验证工作牌
// shows a valid badge. Split from badges.test.ts, which arranges its own data (issue 15 item 4).
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(new Date('2026-11-27T10:00:00+08:00'))
})
afterAll(() => cloud?.stop())

it('the seeded badges verify', async () => {
  const mine = await cloud.callOk('badges.mine', {}, 'demo-admin')
  expect(mine.badge).not.toBeNull()
  expect((await cloud.callOk('badges.verify', { code: mine.badge!.code }, 'demo-courier')).verdict).toBe('valid')
})
