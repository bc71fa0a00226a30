import Taro from '@tarojs/taro'
import { BLOCK_CENTRE } from '../../../../types/stations.vocab'
import { ensureConsentInBrowser } from '../../privacy/privacyConsent'
import { wgs84ToGcj02 } from './coords'

/** Where stations are sorted from. Held in memory only — a rider's whereabouts are never stored. */
export interface RiderPosition {
  lat: number
  lng: number
  /** device: the phone's own fix; chosen: picked by the person; fallback: the block centre. */
  source: 'device' | 'chosen' | 'fallback'
  /** For chosen spots and the fallback: what to call the place. */
  name?: string
}

export const FALLBACK_POSITION: RiderPosition = {
  lat: BLOCK_CENTRE.lat,
  lng: BLOCK_CENTRE.lng,
  source: 'fallback',
  name: BLOCK_CENTRE.name,
}

const H5_TIMEOUT_MS = 6000

/** The device's position in GCJ-02, or null when refused, unavailable or too slow. */
export async function locateDevice(): Promise<RiderPosition | null> {
  if (process.env.TARO_ENV === 'h5') return locateInBrowser()
  try {
    const fix = await Taro.getLocation({ type: 'gcj02' })
    return { lat: fix.latitude, lng: fix.longitude, source: 'device' }
  } catch (err) {
    console.warn('[location] getLocation failed', err)
    return null
  }
}

async function locateInBrowser(): Promise<RiderPosition | null> {
  if (!(await ensureConsentInBrowser())) return null
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      resolve(null)
      return
    }
    navigator.geolocation.getCurrentPosition(
      (fix) => resolve({ ...wgs84ToGcj02(fix.coords.latitude, fix.coords.longitude), source: 'device' }),
      () => resolve(null),
      { timeout: H5_TIMEOUT_MS, maximumAge: 60_000, enableHighAccuracy: false },
    )
  })
}

/** weapp: let the person pick a spot on WeChat's map. Null when cancelled. */
export async function chooseSpotOnMap(): Promise<RiderPosition | null> {
  try {
    const spot = await Taro.chooseLocation({})
    return { lat: spot.latitude, lng: spot.longitude, source: 'chosen', name: spot.name || spot.address }
  } catch {
    return null
  }
}

/** h5: a few named places of the 新华路 block to sort from (approximate GCJ-02 points). */
export const BLOCK_LANDMARKS: RiderPosition[] = [
  FALLBACK_POSITION,
  { lat: 31.2079, lng: 121.4226, source: 'chosen', name: '上生·新所（延安西路）' },
  { lat: 31.2037, lng: 121.4311, source: 'chosen', name: '新华路番禺路口' },
  { lat: 31.2057, lng: 121.4188, source: 'chosen', name: '新华路定西路口' },
  { lat: 31.2008, lng: 121.4318, source: 'chosen', name: '法华镇路番禺路口' },
]
