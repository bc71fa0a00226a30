import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { ARRANGED, arrangeBlock, makePerson } from '../helpers/arrange'
import type { ActionInput, ActionName } from '@/types/actions'

const NOW = new Date('2026-11-27T10:00:00+08:00')
const NEXT_YEAR = '2027-11-27T00:00:00+08:00'

const STAFF = ARRANGED.staff
const ADMIN = ARRANGED.admin
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  cloud.setNow(NOW)
  await arrangeBlock(cloud)
  await makePerson(cloud, 'bd-resident', '居民')
  await makePerson(cloud, 'bd-merchant', '店主', ['resident', 'merchant'])
  await makePerson(cloud, 'bd-courier', '骑手', ['courier'])
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const verify = (code: string, openid = 'bd-resident') => ok('badges.verify', { code }, openid)
const issue = (validUntil = NEXT_YEAR) => ok('badges.issue', { openid: STAFF, name: '王晓梅', title: '第一网格网格员', grid: ARRANGED.grid, validUntil }, ADMIN)

describe('badge verification', () => {
  it('a genuine, current badge is valid, and shows no phone or openid', async () => {
    const badge = await issue()
    const result = await verify(badge.code)
    expect(result).toMatchObject({
      verdict: 'valid',
      valid: true,
      badge: { name: '王晓梅', title: '第一网格网格员', issuedBy: expect.stringContaining('街道') },
    })
    expect(JSON.stringify(result)).not.toContain(STAFF)
    const mine = await ok('badges.mine', {}, STAFF)
    expect(mine.badge?.code).toBe(badge.code)
  })

  it('a revoked badge is not valid, even with its good signature', async () => {
    const badge = await issue()
    await ok('badges.revoke', { id: badge.id }, ADMIN)
    expect(await verify(badge.code)).toMatchObject({ verdict: 'revoked', valid: false })
  })

  it('reissuing revokes the earlier badge', async () => {
    const first = await issue()
    const second = await issue()
    expect(await verify(first.code)).toMatchObject({ verdict: 'revoked', valid: false })
    expect(await verify(second.code)).toMatchObject({ verdict: 'valid', valid: true })
  })

  it('an expired badge is not valid once its date has passed', async () => {
    const badge = await issue('2026-12-31T23:59:59+08:00')
    expect((await verify(badge.code)).valid).toBe(true)
    cloud.setNow(new Date('2027-01-01T00:00:00+08:00'))
    try {
      expect(await verify(badge.code)).toMatchObject({ verdict: 'expired', valid: false })
    } finally {
      cloud.setNow(NOW)
    }
  })

  it('a tampered code is not valid: another id, another nonce, a forged signature, or copied fields', async () => {
    const badge = await issue()
    // Another genuine badge (the admin's): its id under this badge's nonce and signature.
    const other = await ok('badges.issue', { openid: ADMIN, name: '陈建国', title: '街区党支部书记', grid: ARRANGED.grid, validUntil: NEXT_YEAR }, ADMIN)
    const [prefix, id, nonce, signature] = badge.code.split('.')
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1)
    const forgeries = [
      `${prefix}.${other.id}.${nonce}.${signature}`,
      `${prefix}.${id}.${flip(nonce)}.${signature}`,
      `${prefix}.${id}.${nonce}.${flip(signature)}`,
      JSON.stringify({ name: '王晓梅', title: '第一网格网格员', id }),
      'hello',
    ]
    for (const code of forgeries) expect(await verify(code)).toMatchObject({ verdict: 'tampered', valid: false, badge: null })
  })

  it('issuing needs staff, the holder must be staff, and the date must be ahead', async () => {
    const data = { openid: STAFF, name: '王晓梅', title: '网格员', grid: ARRANGED.grid, validUntil: NEXT_YEAR } satisfies ActionInput<'badges.issue'>
    expect(await cloud.call('badges.issue', data, 'bd-merchant')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await cloud.callUnchecked('badges.issue', { ...data, openid: 'bd-courier' }, ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await cloud.callUnchecked('badges.issue', { ...data, validUntil: '2020-01-01T00:00:00Z' }, ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
    expect(await cloud.callUnchecked('badges.issue', { ...data, grid: 'grid-99' }, ADMIN)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await cloud.call('badges.revoke', { id: 'nope' }, ADMIN)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
