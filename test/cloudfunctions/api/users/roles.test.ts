import { assertGrantAllowed, withChosenRoles, withGrant } from '@/cloudfunctions/api/users/roles'

describe('roles', () => {
  it('self-chosen roles replace earlier choices but never drop a granted role', () => {
    expect(withChosenRoles(['resident', 'staff'], ['courier'])).toEqual(['courier', 'staff'])
    expect(withChosenRoles(['courier', 'merchant'], [])).toEqual(['merchant'])
  })

  it('a person is never left with no role', () => {
    expect(withChosenRoles(['courier'], [])).toEqual(['resident'])
    expect(withGrant(['staff'], 'staff', false)).toEqual(['resident'])
  })

  it('granting twice gives the role once', () => {
    expect(withGrant(withGrant(['resident'], 'staff', true), 'staff', true)).toEqual(['resident', 'staff'])
  })
})

describe('an admin and their own admin role', () => {
  it('an admin cannot withdraw their own admin role (CONFLICT)', () => {
    expect(() => assertGrantAllowed('admin-1', { openid: 'admin-1', role: 'admin', granted: false })).toThrow(expect.objectContaining({ code: 'CONFLICT' }))
  })

  it('but may withdraw another admin, or change their own other roles', () => {
    expect(() => assertGrantAllowed('admin-1', { openid: 'admin-2', role: 'admin', granted: false })).not.toThrow()
    expect(() => assertGrantAllowed('admin-1', { openid: 'admin-1', role: 'staff', granted: false })).not.toThrow()
    expect(() => assertGrantAllowed('admin-1', { openid: 'admin-1', role: 'admin', granted: true })).not.toThrow()
  })
})
