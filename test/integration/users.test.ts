// People and roles through the local cloud: the admin's look at one person, granting and withdrawing, the staff picker.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import type { ActionInput, ActionName } from '@/types/actions'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  const createdAt = new Date('2026-05-01T09:00:00+08:00')
  await cloud.store.insertMany('users', [
    { _id: 'u-resident', roles: ['resident'], nickname: '演示居民', createdAt },
    { _id: 'u-merchant', roles: ['resident', 'merchant'], nickname: '演示商户', createdAt },
    { _id: 'u-staff', roles: ['resident', 'staff'], nickname: '演示网格员', createdAt },
    { _id: 'u-admin', roles: ['staff', 'admin'], nickname: '演示街道管理员', createdAt },
  ])
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)
const errorOf = async (action: string, data: unknown, openid: string) => {
  const res = await cloud.callUnchecked(action, data, openid)
  return res.ok ? null : res.error
}

describe('users.get', () => {
  it('shows an admin one person: nickname and roles, nothing else', async () => {
    const person = await ok('users.get', { openid: 'u-resident' }, 'u-admin')
    expect(person).toEqual({ openid: 'u-resident', nickname: '演示居民', roles: ['resident'], registered: true })
  })

  it('shows someone who never saved anything with the default role', async () => {
    expect(await ok('users.get', { openid: 'brand-new' }, 'u-admin')).toEqual({ openid: 'brand-new', nickname: '', roles: ['resident'], registered: false })
  })

  it('is for admins only: staff get FORBIDDEN', async () => {
    expect(await errorOf('users.get', { openid: 'u-resident' }, 'u-staff')).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('answers INVALID_INPUT with a readable message for no openid or stray fields', async () => {
    expect(await errorOf('users.get', {}, 'u-admin')).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/身份码/) })
    expect(await errorOf('users.get', { openid: '' }, 'u-admin')).toMatchObject({ code: 'INVALID_INPUT' })
    expect(await errorOf('users.get', { openid: 'a', roles: ['admin'] }, 'u-admin')).toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('users.grantRole', () => {
  it('grants and withdraws a role, and the person sees it in users.me', async () => {
    await ok('users.grantRole', { openid: 'grant-me', role: 'staff', granted: true }, 'u-admin')
    expect((await ok('users.me', {}, 'grant-me')).roles).toEqual(['resident', 'staff'])
    expect((await ok('users.get', { openid: 'grant-me' }, 'u-admin')).roles).toEqual(['resident', 'staff'])

    await ok('users.grantRole', { openid: 'grant-me', role: 'merchant', granted: true }, 'u-admin')
    await ok('users.grantRole', { openid: 'grant-me', role: 'staff', granted: false }, 'u-admin')
    expect((await ok('users.me', {}, 'grant-me')).roles).toEqual(['resident', 'merchant'])
  })

  it('two grants at once both land', async () => {
    await Promise.all((['staff', 'merchant', 'admin'] as const).map((role) => ok('users.grantRole', { openid: 'busy-one', role, granted: true }, 'u-admin')))
    expect((await ok('users.me', {}, 'busy-one')).roles).toEqual(['resident', 'merchant', 'staff', 'admin'])
  })

  it('an admin cannot withdraw their own admin role; another admin can', async () => {
    expect(await errorOf('users.grantRole', { openid: 'u-admin', role: 'admin', granted: false }, 'u-admin')).toMatchObject({ code: 'CONFLICT' })
    expect((await ok('users.me', {}, 'u-admin')).roles).toContain('admin')

    await ok('users.grantRole', { openid: 'second-admin', role: 'admin', granted: true }, 'u-admin')
    expect(await errorOf('users.grantRole', { openid: 'second-admin', role: 'admin', granted: false }, 'second-admin')).toMatchObject({ code: 'CONFLICT' })
    await ok('users.grantRole', { openid: 'second-admin', role: 'admin', granted: false }, 'u-admin')
    expect((await ok('users.me', {}, 'second-admin')).roles).not.toContain('admin')
  })

  it('is for admins only', async () => {
    expect(await errorOf('users.grantRole', { openid: 'u-resident', role: 'staff', granted: true }, 'u-staff')).toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('users.staff', () => {
  it('lists staff and admins with nickname and roles, and no phones', async () => {
    await cloud.store.insertOne('users', { _id: 'phone-staff', roles: ['staff'], nickname: '带电话的网格员', phone: '13800138000', createdAt: new Date() })
    const { staff } = await ok('users.staff', {}, 'u-staff')
    const openids = staff.map((s) => s.openid)
    expect(openids).toEqual(expect.arrayContaining(['u-staff', 'u-admin', 'phone-staff']))
    expect(openids).not.toContain('u-resident')
    expect(openids).not.toContain('u-merchant')
    for (const member of staff) expect(Object.keys(member).sort()).toEqual(['nickname', 'openid', 'roles'])
    expect(JSON.stringify(staff)).not.toMatch(/1\d{10}/)
  })

  it('is for staff and admins only', async () => {
    expect(await errorOf('users.staff', {}, 'u-resident')).toMatchObject({ code: 'FORBIDDEN' })
    expect((await ok('users.staff', {}, 'u-admin')).staff.length).toBeGreaterThan(0)
  })

  it('a need is handed to a colleague picked from the list', async () => {
    const { staff } = await ok('users.staff', {}, 'u-staff')
    const colleague = staff.find((s) => s.openid === 'u-admin')!
    const need = await ok('needs.submit', { category: 'other', description: '门口路灯坏了好几天' }, 'u-resident')
    const assigned = await ok('needs.assign', { needId: need.id, assigneeOpenid: colleague.openid }, 'u-staff')
    expect(assigned.assigneeOpenid).toBe('u-admin')
  })
})
