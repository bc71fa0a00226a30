// A stand-in for wx.cloud that answers `api` like the real function: { result: ApiResult }.
// Only `stations.nearby` is needed by the list page; it filters and sorts a small fixture list.
import type { ApiResult } from '../../types/api'
import type { NearbyInput, NearbyResult, StationView } from '../../types/stations'
import { AMENITIES, DEFAULT_RADIUS_KM, MAX_RADIUS_KM } from '../../types/stations.vocab'

const HOURS = { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '20:00' }] }

function station(partial: Partial<StationView> & Pick<StationView, 'id' | 'name' | 'lat' | 'lng'>): StationView {
  return {
    kind: 'station',
    address: '长宁区新华路',
    phone: null,
    hours: HOURS,
    hoursText: '每天 08:00–20:00',
    amenities: [],
    description: '',
    openNow: true,
    nextOpeningAt: null,
    closesAt: '2026-11-27T12:00:00.000Z',
    status: 'active',
    closure: null,
    closingSoon: false,
    photos: [],
    ...partial,
  }
}

/** Three stations around the 新华路 block centre (31.2046, 121.4247). */
export const FIXTURE_STATIONS: StationView[] = [
  station({ id: 'st-near', name: '新华路红色驿站', lat: 31.2049, lng: 121.4250, amenities: ['water', 'charging', 'toilet'] }),
  station({ id: 'st-mid', name: '番禺路骑手之家', lat: 31.2037, lng: 121.4311, amenities: ['water', 'microwave'] }),
  station({
    id: 'st-closed',
    name: '定西路爱心接力站',
    lat: 31.2057,
    lng: 121.4188,
    amenities: ['toilet', 'umbrella'],
    openNow: false,
    closesAt: null,
    nextOpeningAt: '2026-11-28T00:00:00.000Z',
  }),
]

function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371000 * Math.asin(Math.sqrt(h))
}

const ALLOWED_KEYS = ['lat', 'lng', 'radiusKm', 'openNow', 'amenities', 'limit']

function nearby(input: NearbyInput): ApiResult<NearbyResult> {
  const bad = (message: string): ApiResult<NearbyResult> => ({ ok: false, error: { code: 'INVALID_INPUT', message } })
  if (!input || typeof input !== 'object') return bad('缺少参数')
  if (Object.keys(input).some((key) => !ALLOWED_KEYS.includes(key))) return bad('有不认识的参数')
  if (typeof input.lat !== 'number' || input.lat < -90 || input.lat > 90) return bad('纬度应在 -90 到 90 之间')
  if (typeof input.lng !== 'number' || input.lng < -180 || input.lng > 180) return bad('经度应在 -180 到 180 之间')
  const radiusKm = input.radiusKm ?? DEFAULT_RADIUS_KM
  if (radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) return bad(`半径最多 ${MAX_RADIUS_KM} 公里`)
  if (input.amenities?.some((a) => !(AMENITIES as readonly string[]).includes(a))) return bad('设施不在清单里')
  const centre = { lat: input.lat, lng: input.lng }
  const stations = FIXTURE_STATIONS.map((s) => ({ ...s, distanceM: Math.round(distanceM(centre, s)) }))
    .filter((s) => s.distanceM <= radiusKm * 1000)
    .filter((s) => !input.openNow || s.openNow)
    .filter((s) => (input.amenities ?? []).every((a) => s.amenities.includes(a)))
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, input.limit ?? 20)
  return { ok: true, data: { stations, centre, radiusKm } }
}

export interface CallFunctionOptions {
  name: string
  data: { action: string; data?: unknown }
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
}

/** wx.cloud.callFunction: resolves `{ result }` (or calls success) like the real SDK. */
export function createFakeCloud() {
  const callFunction = jest.fn((options: CallFunctionOptions) => {
    const answer = (): unknown => {
      if (options.name !== 'api') throw { errMsg: `cloud.callFunction:fail function not found: ${options.name}` }
      const { action, data } = options.data
      if (action === 'stations.nearby') return { result: nearby(data as NearbyInput), errMsg: 'cloud.callFunction:ok' }
      return { result: { ok: false, error: { code: 'INVALID_INPUT', message: `未知操作 ${action}` } }, errMsg: 'cloud.callFunction:ok' }
    }
    const promise = new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(answer())
        } catch (err) {
          reject(err)
        }
      }, 5)
    })
    if (options.success || options.fail) {
      promise.then(
        (res) => { options.success?.(res); options.complete?.(res) },
        (err) => { options.fail?.(err); options.complete?.(err) },
      )
      return undefined
    }
    return promise
  })
  return { init: jest.fn(), callFunction, DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV') }
}

/** The `data` of each `stations.nearby` call so far. */
export function nearbyRequests(callFunction: jest.Mock): NearbyInput[] {
  return callFunction.mock.calls
    .map(([options]) => (options as CallFunctionOptions).data)
    .filter((request) => request.action === 'stations.nearby')
    .map((request) => request.data as NearbyInput)
}
