// Coordinates from published lists come in WGS-84 (GPS, 天地图), GCJ-02 (高德, 腾讯, WeChat) or BD-09 (百度);
// stations are stored in GCJ-02, what WeChat's map and chooseLocation use. Converted with the maintained `gcoord`.
import { COORD_SYSTEMS, type CoordSystem } from '@/types/imports.vocab'

type Gcoord = typeof import('gcoord').default
let loaded: Gcoord | undefined
/** gcoord, required on first use: only imports convert coordinates, so a cold start does not load it (issue 17). */
function gcoord(): Gcoord {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('gcoord') as Gcoord)
}
const crs = (system: CoordSystem) => ({ 'WGS-84': gcoord().WGS84, 'GCJ-02': gcoord().GCJ02, 'BD-09': gcoord().BD09 })[system]

/** "WGS84", "wgs-84", "GPS", "高德", "百度", "BD09"… → one of COORD_SYSTEMS, or null. */
export function coordSystemFromText(text: string): CoordSystem | null {
  const t = text
    .normalize('NFKC')
    .replace(/[\s_-]/g, '')
    .toLowerCase()
  if (!t) return null
  if (['wgs84', 'gps', 'wgs', '天地图', 'cgcs2000', 'epsg4326'].includes(t)) return 'WGS-84'
  if (['gcj02', 'gcj', '火星', '火星坐标', '高德', '腾讯', '微信', 'amap', 'qq'].includes(t)) return 'GCJ-02'
  if (['bd09', 'bd09ll', 'bd', '百度', 'baidu'].includes(t)) return 'BD-09'
  return COORD_SYSTEMS.find((c) => c.toLowerCase() === t) ?? null
}

/** The point in GCJ-02 (latitude, longitude in degrees). Points outside China are left as they are (GCJ-02 = WGS-84 there). */
export function toGcj02(lat: number, lng: number, from: CoordSystem): { lat: number; lng: number } {
  if (from === 'GCJ-02') return { lat, lng }
  const [outLng, outLat] = gcoord().transform([lng, lat], crs(from), gcoord().GCJ02) as [number, number]
  return { lat: outLat, lng: outLng }
}

/** The other way, for writing sample files from stored stations. */
export function fromGcj02(lat: number, lng: number, to: CoordSystem): { lat: number; lng: number } {
  if (to === 'GCJ-02') return { lat, lng }
  const [outLng, outLat] = gcoord().transform([lng, lat], gcoord().GCJ02, crs(to)) as [number, number]
  return { lat: outLat, lng: outLng }
}
