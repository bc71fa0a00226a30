import { covers, scopeOf } from '@/cloudfunctions/api/core/scope'

const a1 = { blockId: 'a1', streetId: 'A' }
const b1 = { blockId: 'b1', streetId: 'B' }

it('block staff cover their blocks only; street admins their streets; the city everything', () => {
  const block = scopeOf(['staff'], { level: 'block', blockIds: ['a1'] })
  expect([covers(block, a1), covers(block, b1)]).toEqual([true, false])
  const street = scopeOf(['admin'], { level: 'street', streetIds: ['B'] })
  expect([covers(street, a1), covers(street, b1)]).toEqual([false, true])
  const city = scopeOf(['admin'], { level: 'city' })
  expect([covers(city, a1), covers(city, b1)]).toEqual([true, true])
})

it('without a stored scope: an admin is the city admin, staff cover only records with no block yet', () => {
  expect(scopeOf(['staff', 'admin'], undefined)).toEqual({ level: 'city' })
  const none = scopeOf(['staff'], undefined)
  expect([covers(none, a1), covers(none, { blockId: null }), covers(none, {})]).toEqual([false, true, true])
})
