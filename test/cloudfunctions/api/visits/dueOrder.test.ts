import { daysSince, orderByLongestSinceVisit } from '@/cloudfunctions/api/visits/dueOrder'

const shop = (id: string, name: string, lastVisitAt: string | null) => ({ id, name, lastVisitAt })

describe('the order of a visit round', () => {
  it('puts never-visited shops first, then the longest since the last visit', () => {
    const ordered = orderByLongestSinceVisit([
      shop('a', '乙店', '2026-11-20T04:00:00Z'),
      shop('b', '甲店', null),
      shop('c', '丙店', '2026-09-01T04:00:00Z'),
      shop('d', '丁店', '2026-11-26T04:00:00Z'),
    ])
    expect(ordered.map((s) => s.id)).toEqual(['b', 'c', 'a', 'd'])
  })

  it('breaks ties by name, so the list does not jump between loads', () => {
    const same = '2026-11-20T04:00:00Z'
    const ids = orderByLongestSinceVisit([shop('2', '番禺路面馆', same), shop('1', '阿婆馄饨', same), shop('3', '阿婆馄饨', same)]).map((s) => s.id)
    expect(ids).toEqual(['1', '3', '2'])
  })

  it('counts whole Shanghai days', () => {
    const now = new Date('2026-11-27T01:00:00+08:00')
    expect(daysSince(new Date('2026-11-26T23:30:00+08:00'), now)).toBe(1)
    expect(daysSince(new Date('2026-11-27T00:10:00+08:00'), now)).toBe(0)
    expect(daysSince('2026-10-28T12:00:00+08:00', now)).toBe(30)
  })
})
