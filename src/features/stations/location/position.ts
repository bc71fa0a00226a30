import Taro from '@tarojs/taro'
import { BLOCK_CENTRE } from '@/types/stations.vocab'
import { deviceFix } from './deviceFix'

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

/** The device's position in GCJ-02, or null when refused, unavailable or too slow (per platform: deviceFix.*.ts). */
export async function locateDevice(): Promise<RiderPosition | null> {
  const fix = await deviceFix()
  return fix && { ...fix, source: 'device' }
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
