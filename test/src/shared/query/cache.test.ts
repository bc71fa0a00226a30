// The query cache's rules (issue 15): stale-while-revalidate, a write makes what it changed stale and the screens
// showing it ask again by themselves, a failed refresh keeps the old data beside the error, offline shows the age at
// once and coming back online refreshes. The transport is a stand-in here; the browser suites use the real one.
import { goOffline, goOnline, storage } from './fakeTaro'

import { callApi } from '@/src/shared/api/callApi'
import { ApiCallError } from '@/src/shared/api/ApiCallError'
import { entryFor, fetchEntry, invalidate, isStale, resetQueryCache, subscribe } from '@/src/shared/query/cache'
import { staleAfterWrite } from '@/src/shared/query/writes'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('./fakeTaro').fakeTaro }))
jest.mock('@/src/shared/api/callApi', () => ({ callApi: jest.fn() }))

const call = callApi as jest.MockedFunction<typeof callApi>
const answers: Record<string, unknown> = {}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  resetQueryCache()
  storage.clear()
  call.mockReset()
  call.mockImplementation(async (action) => answers[action] as never)
})

/** A screen showing `action`: subscribed, as useApiQuery does. */
function onScreen(action: 'events.mine' | 'events.list' | 'stations.nearby' | 'dashboard.stats', input: object = {}) {
  const entry = entryFor(action, input)
  subscribe(entry, () => undefined)
  return entry
}

it('a sign-up makes 我的活动 and the event list stale, and both ask again by themselves; stations do not', async () => {
  answers['events.mine'] = { items: [] }
  answers['events.list'] = { events: [] }
  answers['stations.nearby'] = { stations: [] }
  const mine = onScreen('events.mine')
  const list = onScreen('events.list')
  const stations = onScreen('stations.nearby', { lat: 31.2, lng: 121.4 })
  await Promise.all([fetchEntry(mine), fetchEntry(list), fetchEntry(stations)])
  expect(call).toHaveBeenCalledTimes(3)

  answers['events.mine'] = { items: ['new sign-up'] }
  invalidate(staleAfterWrite('events.signup'))
  await settle()
  expect(mine.snapshot.data).toEqual({ items: ['new sign-up'] })
  expect(call.mock.calls.map(([action]) => action).sort()).toEqual(['events.list', 'events.list', 'events.mine', 'events.mine', 'stations.nearby'])
})

it('a stale answer not on any screen waits until it is shown again', async () => {
  answers['events.mine'] = { items: [] }
  const mine = entryFor('events.mine', {})
  await fetchEntry(mine)
  invalidate(['events.'])
  await settle()
  expect(call).toHaveBeenCalledTimes(1)
  expect(isStale(mine)).toBe(true)
})

it('a write made while a read is on its way asks once more (that answer may predate the write)', async () => {
  let release: (value: unknown) => void = () => undefined
  call.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)) as never)
  const mine = onScreen('events.mine')
  const first = fetchEntry(mine)
  invalidate(['events.'])
  answers['events.mine'] = { items: ['after the write'] }
  release({ items: ['before the write'] })
  await first
  await settle()
  expect(mine.snapshot.data).toEqual({ items: ['after the write'] })
})

it('a failed refresh keeps the old data and its time beside the error', async () => {
  answers['events.mine'] = { items: ['kept'] }
  const mine = onScreen('events.mine')
  await fetchEntry(mine)
  const savedAt = mine.snapshot.updatedAt
  call.mockRejectedValueOnce(new ApiCallError('TIMEOUT'))
  await fetchEntry(mine)
  expect(mine.snapshot.data).toEqual({ items: ['kept'] })
  expect(mine.snapshot.updatedAt).toBe(savedAt)
  expect(mine.snapshot.error?.code).toBe('TIMEOUT')
})

it('the last good answer survives a restart on the device, and shows while the first request is failing', async () => {
  answers['events.mine'] = { items: [{ checkinCode: 'NXC|e1|me' }] }
  await fetchEntry(onScreen('events.mine'))
  resetQueryCache() // the app restarts: memory is gone, the device kept it
  call.mockRejectedValue(new ApiCallError('NETWORK'))
  const again = onScreen('events.mine')
  expect(again.snapshot.data).toEqual({ items: [{ checkinCode: 'NXC|e1|me' }] })
  await fetchEntry(again)
  expect(again.snapshot.data).toEqual({ items: [{ checkinCode: 'NXC|e1|me' }] })
  expect(again.snapshot.error?.code).toBe('NETWORK')
})

it('offline: what is shown says so at once, without asking; back online it asks again by itself', async () => {
  answers['events.mine'] = { items: ['v1'] }
  const mine = onScreen('events.mine')
  await fetchEntry(mine)
  goOffline()
  expect(mine.snapshot.error?.code).toBe('NETWORK')
  await fetchEntry(mine)
  expect(call).toHaveBeenCalledTimes(1) // no request while offline
  answers['events.mine'] = { items: ['v2'] }
  goOnline()
  await settle()
  expect(mine.snapshot).toMatchObject({ data: { items: ['v2'] }, error: null })
})

it('a write elsewhere that the dashboard counts makes it stale too', () => {
  expect(staleAfterWrite('visits.log')).toEqual(expect.arrayContaining(['visits.', 'shops.', 'dashboard.']))
  expect(staleAfterWrite('events.update')).toEqual(expect.arrayContaining(['events.', 'dashboard.']))
  expect(staleAfterWrite('mydata.delete')).toEqual([''])
})
