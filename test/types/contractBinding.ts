// Type-level test, compiled by `npm test`'s typecheck (tsc over test/): the contract (types/actions.ts) binds each
// action's name to its input schema and output, and every `@ts-expect-error` below is a binding that must NOT compile.
// If one of them compiled, tsc would report the unused `@ts-expect-error` and `npm test` would fail.
// Nothing here runs (the file is not a jest suite and nothing imports it).
import { defineAction } from '@/cloudfunctions/api/core/action'
import { callApi } from '@/src/shared/api/callApi'
import type { TestCloud } from '../helpers/localCloud'
import { getStationInput, nearbyInput, type NearbyResult, type StationView } from '@/types/stations'
import { meInput } from '@/types/users'

declare const station: StationView
declare const nearby: NearbyResult
declare const cloud: TestCloud

// The router: the right schema and output compile…
defineAction({ name: 'stations.get', input: getStationInput, handle: async () => station })
defineAction({ name: 'stations.nearby', input: nearbyInput, handle: async () => nearby })

// …another action's schema does not (the case issue 15 names).
defineAction({
  name: 'stations.nearby',
  // @ts-expect-error getStationInput is stations.get's schema, not stations.nearby's
  input: getStationInput,
  handle: async () => nearby,
})
// An empty schema is no wildcard either.
defineAction({
  name: 'stations.get',
  // @ts-expect-error meInput is users.me's schema
  input: meInput,
  handle: async () => station,
})
// Nor another action's output.
defineAction({
  name: 'stations.get',
  input: getStationInput,
  // @ts-expect-error stations.get answers a StationView, not a NearbyResult
  handle: async () => nearby,
})
// The handler sees the schema's parsed input, not another action's.
defineAction({
  name: 'stations.get',
  input: getStationInput,
  handle: async ({ input }) => {
    // @ts-expect-error `lat` belongs to stations.nearby's input
    void input.lat
    return station
  },
})
// An unknown action name.
// @ts-expect-error 'stations.teleport' is no action
defineAction({ name: 'stations.teleport', input: getStationInput, handle: async () => station })

// The app's client: input from the schema, output from the contract.
export async function appClient(): Promise<void> {
  const view: StationView = await callApi('stations.get', { id: 'st-1' })
  void view
  // @ts-expect-error stations.get takes { id }, not a position
  await callApi('stations.get', { lat: 31.2, lng: 121.4 })
  // @ts-expect-error stations.get answers a StationView, not a NearbyResult
  const wrong: NearbyResult = await callApi('stations.get', { id: 'st-1' })
  void wrong
}

// The test client: the same binding.
export async function testClient(): Promise<void> {
  const list: NearbyResult = await cloud.callOk('stations.nearby', { lat: 31.2, lng: 121.4 }, 'someone')
  void list
  // @ts-expect-error stations.nearby needs lat and lng
  await cloud.callOk('stations.nearby', { id: 'st-1' }, 'someone')
  const res = await cloud.call('stations.get', { id: 'st-1' }, 'someone')
  // @ts-expect-error a StationView has no `stations`
  if (res.ok) void res.data.stations
  // Input a schema must refuse goes through the unchecked door, on purpose.
  await cloud.callUnchecked('stations.get', { id: 42 }, 'someone')
}
