import { withChosenRoles, withGrant } from '../../../../cloudfunctions/api/users/roles'

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
