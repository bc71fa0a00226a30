import { deadlineFor, mayHandleLevel, median, nextLevel, overdueReason } from '@/cloudfunctions/api/needs/rules'
import { answerFigures, coverageByGrid } from '@/cloudfunctions/api/dashboard/figures'

const T = new Date('2026-11-27T09:00:00+08:00')

test('level 1 has 24 hours, level 2 has 72, the street office has no limit', () => {
  expect(deadlineFor(1, T)?.toISOString()).toBe(new Date(T.getTime() + 24 * 3_600_000).toISOString())
  expect(deadlineFor(2, T)?.toISOString()).toBe(new Date(T.getTime() + 72 * 3_600_000).toISOString())
  expect(deadlineFor(3, T)).toBeNull()
  expect(deadlineFor(1, T, { 1: 2, 2: 4, 3: null })?.getTime()).toBe(T.getTime() + 2 * 3_600_000)
})

test('a need climbs 1 → 2 → 3 and no further; the reason names the limit', () => {
  expect([nextLevel(1), nextLevel(2), nextLevel(3)]).toEqual([2, 3, null])
  expect(overdueReason(1)).toContain('24 小时')
})

test('level 3 belongs to the street office', () => {
  expect(mayHandleLevel(['staff'], 2)).toBe(true)
  expect(mayHandleLevel(['staff'], 3)).toBe(false)
  expect(mayHandleLevel(['admin'], 3)).toBe(true)
  expect(mayHandleLevel(['merchant'], 1)).toBe(false)
})

test('coverage lists every current grid of the scope in block order, then grids only shops still name', () => {
  const grids = [
    { _id: 'g-b2', blockId: 'b', name: '第二网格', order: 1, retired: false },
    { _id: 'g-a1', blockId: 'a', name: '甲一', order: 0, retired: false },
    { _id: 'g-b1', blockId: 'b', name: '第一网格', order: 0, retired: false },
    { _id: 'g-b4', blockId: 'b', name: '第四网格', order: 3, retired: false },
    { _id: 'g-old', blockId: 'b', name: '旧网格', order: 2, retired: true },
  ]
  const shops = [
    { _id: 's1', grid: 'g-b4' },
    { _id: 's2', grid: 'g-old' },
    { _id: 's3', grid: 'grid-legacy' },
  ]
  const rows = coverageByGrid(shops, [{ shopId: 's1', grid: 'g-b4', day: '2026-11-01' }], grids)
  expect(rows.map((r) => [r.grid, r.gridName, r.shops])).toEqual([
    ['g-a1', '甲一', 0],
    ['g-b1', '第一网格', 0],
    ['g-b2', '第二网格', 0],
    ['g-b4', '第四网格', 1],
    ['g-old', '旧网格', 1],
    ['grid-legacy', 'grid-legacy', 1],
  ])
  expect(rows.find((r) => r.grid === 'g-b4')).toMatchObject({ visitedShops: 1, coveragePct: 100 })
})

test('median of none, odd and even counts', () => {
  expect(median([])).toBeNull()
  expect(median([5, 1, 3])).toBe(3)
  expect(median([4, 1, 3, 2])).toBe(2.5)
})

test('coverage counts each shop once per grid; answers count each shop by its latest visit', () => {
  const shops = [
    { _id: 'a', grid: 'grid-1' as const },
    { _id: 'b', grid: 'grid-1' as const },
  ]
  const visits = [
    { shopId: 'a', grid: 'grid-1' as const, day: '2026-11-01' },
    { shopId: 'a', grid: 'grid-1' as const, day: '2026-11-02' },
  ]
  const grids = [{ _id: 'grid-1', blockId: 'b', name: '第一网格', order: 0, retired: false }]
  expect(coverageByGrid(shops, visits, grids)[0]).toEqual({ grid: 'grid-1', gridName: '第一网格', shops: 2, visitedShops: 1, visits: 2, coveragePct: 50 })
  const answers = answerFigures([
    { shopId: 'a', day: '2026-11-01', partyMembers: 'here', partyMemberCount: 2, childcareNeeded: true },
    { shopId: 'a', day: '2026-11-02', partyMembers: 'none', childcareNeeded: false },
  ])
  expect(answers).toEqual({ shopsWithPartyMembers: 0, partyMembers: 0, shopsNeedingChildcare: 0, shopsWithDifficulties: 0 })
})
