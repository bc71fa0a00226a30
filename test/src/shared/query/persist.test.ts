// What the device keeps: only the allowed reads, each small, at most MAX_ENTRIES of them (the oldest go first),
// apart per identity — WeChat allows 10 MB per mini-program and 1 MB per key.
import { fakeTaro, storage } from './fakeTaro'

import { forgetAnswers, loadAnswer, loadLatestOfAction, MAX_ENTRIES, MAX_ENTRY_CHARS, saveAnswer } from '@/src/shared/query/persist'
import { queryKey } from '@/src/shared/query/queryKey'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('./fakeTaro').fakeTaro }))

beforeEach(() => storage.clear())

it('keeps my sign-ups with their time, and gives them back', () => {
  const key = queryKey('events.mine', {})
  saveAnswer('me', key, { items: [{ code: 'NXC|1' }] }, 1000)
  expect(loadAnswer('me', key)).toEqual({ k: key, t: 1000, d: { items: [{ code: 'NXC|1' }] } })
  expect(fakeTaro.getStorageSync('nx.q:me:index')).toBeTruthy()
})

it('never keeps a staff read of other people (the roster)', () => {
  const key = queryKey('events.roster', { eventId: 'e1' })
  saveAnswer('me', key, { rows: [{ name: '张三', phone: '13800000000' }] }, 1000)
  expect(loadAnswer('me', key)).toBeNull()
  expect(storage.size).toBe(0)
})

it('does not keep an answer over the size limit', () => {
  const key = queryKey('resources.list', {})
  saveAnswer('me', key, { text: 'x'.repeat(MAX_ENTRY_CHARS) }, 1000)
  expect(loadAnswer('me', key)).toBeNull()
})

it('past the limit the oldest answer goes', () => {
  const keys = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => queryKey('stations.get', { id: `st-${i}` }))
  keys.forEach((key, i) => saveAnswer('me', key, { id: i }, 1000 + i))
  expect(loadAnswer('me', keys[0])).toBeNull()
  expect(loadAnswer('me', keys[MAX_ENTRIES])?.d).toEqual({ id: MAX_ENTRIES })
  // One storage key per kept answer plus the index: the limit holds on the device too.
  expect(storage.size).toBe(MAX_ENTRIES + 1)
})

it('keeps each identity apart, and forgets one without touching the other', () => {
  const key = queryKey('badges.mine', {})
  saveAnswer('demo-staff', key, { badge: { code: 'B1' } }, 1000)
  expect(loadAnswer('demo-resident', key)).toBeNull()
  saveAnswer('demo-resident', key, { badge: null }, 2000)
  forgetAnswers('demo-staff')
  expect(loadAnswer('demo-staff', key)).toBeNull()
  expect(loadAnswer('demo-resident', key)?.d).toEqual({ badge: null })
})

it('finds the newest station list whatever the position it was asked for', () => {
  saveAnswer('me', queryKey('stations.nearby', { lat: 31.2, lng: 121.4 }), { stations: ['old'] }, 1000)
  saveAnswer('me', queryKey('stations.nearby', { lat: 31.3, lng: 121.5 }), { stations: ['new'] }, 2000)
  expect(loadLatestOfAction('me', 'stations.nearby')?.d).toEqual({ stations: ['new'] })
})
