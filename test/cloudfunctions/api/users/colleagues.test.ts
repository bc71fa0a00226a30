// The colleague picker's rule (issue 16): staff see colleagues whose scope meets theirs.
import { sharesScope } from '@/cloudfunctions/api/users/colleagues'
import type { Scope } from '@/cloudfunctions/api/core/scope'

// Two streets: X with blocks x1, x2; Y with block y1.
const blocks = new Map([
  ['x1', 'X'],
  ['x2', 'X'],
  ['y1', 'Y'],
])
const city: Scope = { level: 'city' }
const none: Scope = { level: 'none' }
const streetX: Scope = { level: 'street', streetIds: ['X'] }
const streetY: Scope = { level: 'street', streetIds: ['Y'] }
const x1: Scope = { level: 'block', blockIds: ['x1'], gridIds: [] }
const x2: Scope = { level: 'block', blockIds: ['x2'], gridIds: [] }
const x1y1: Scope = { level: 'block', blockIds: ['x1', 'y1'], gridIds: [] }

test.each([
  ['block staff see staff of the same block', x1, x1, true],
  ['block staff do not see staff of another block of the same street', x1, x2, false],
  ['block staff see their street admin', x1, streetX, true],
  ["block staff do not see another street's admin", x1, streetY, false],
  ['a street admin sees staff of its blocks', streetX, x2, true],
  ["a street admin does not see another street's admin", streetX, streetY, false],
  ['staff of two blocks see staff of either', x1y1, streetY, true],
  ['everyone sees the city admin', x2, city, true],
  ['the city admin sees everyone', city, none, true],
  ['staff without a scope see each other', none, none, true],
  ['staff without a scope do not see block staff', none, x1, false],
  ['block staff do not see staff without a scope', x1, none, false],
] as const)('%s', (_name, mine, theirs, expected) => {
  expect(sharesScope(mine, theirs, blocks)).toBe(expected)
})
