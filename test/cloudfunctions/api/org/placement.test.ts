import { blockForPoint, distanceM, insideBoundary } from '@/cloudfunctions/api/org/placement'

const square = [
  { lat: 31.2, lng: 121.42 },
  { lat: 31.2, lng: 121.43 },
  { lat: 31.21, lng: 121.43 },
  { lat: 31.21, lng: 121.42 },
]

it('a point inside a boundary belongs to that block even when another centre is nearer', () => {
  const bounded = { id: 'b', centre: { lat: 31.209, lng: 121.429 }, boundary: square }
  const near = { id: 'n', centre: { lat: 31.2011, lng: 121.4211 }, boundary: null }
  expect(blockForPoint([near, bounded], { lat: 31.201, lng: 121.421 })?.block.id).toBe('b')
})

it('outside every boundary, the nearest centre wins; no blocks → null', () => {
  const a = { id: 'a', centre: { lat: 31.3, lng: 121.5 }, boundary: square }
  const b = { id: 'b', centre: { lat: 31.25, lng: 121.45 }, boundary: null }
  expect(blockForPoint([a, b], { lat: 31.26, lng: 121.46 })?.block.id).toBe('b')
  expect(blockForPoint([], { lat: 31.26, lng: 121.46 })).toBeNull()
})

it('a boundary needs three corners; one degree of latitude is about 111 km', () => {
  expect(insideBoundary({ boundary: square.slice(0, 2) }, { lat: 31.205, lng: 121.425 })).toBe(false)
  expect(distanceM({ lat: 31, lng: 121 }, { lat: 32, lng: 121 })).toBeCloseTo(111_195, -2)
})
