// The demo block's stations (seed/stations.ts) as a published list would give them, in one coordinate system:
// the header and rows of docs/samples/stations-<system>.csv|xlsx (and the 党群阵地 in positions-<system>.*). Pure.
import { demoStations } from '@/seed/stations'
import { demoPositions } from '@/seed/positions'
import { hoursText } from '@/cloudfunctions/api/stations/hoursText'
import { fromGcj02 } from '@/cloudfunctions/api/imports/coordinates'
import type { CoordSystem } from '@/types/imports.vocab'
import { AMENITY_LABELS } from '@/types/stations.vocab'

export const SAMPLE_HEADER = ['编号', '名称', '地址', '区', '纬度', '经度', '坐标系', '开放时间', '设施', '电话', '说明']

/** File name stem per system: stations-wgs84, stations-gcj02, stations-bd09. */
export const sampleStem = (system: CoordSystem) => `stations-${system.replace('-', '').toLowerCase()}`

export function stationSampleRows(system: CoordSystem): string[][] {
  return demoStations.map((s) => {
    const [lng, lat] = s.location.coordinates
    const point = fromGcj02(lat, lng, system)
    return [
      s._id,
      s.name,
      s.address,
      s.address.match(/^(.+?区)/)?.[1] ?? '',
      point.lat.toFixed(7),
      point.lng.toFixed(7),
      system,
      hoursText(s.hours),
      s.amenities.map((a) => AMENITY_LABELS[a].label).join('、'),
      s.phone ?? '',
      s.description,
    ]
  })
}

export const POSITION_SAMPLE_HEADER = ['名称', '地址', '纬度', '经度', '坐标系', '开放时间', '电话', '特色活动']

export const positionSampleStem = (system: CoordSystem) => `positions-${system.replace('-', '').toLowerCase()}`

export function positionSampleRows(system: CoordSystem): string[][] {
  return demoPositions(new Date(0)).map((p) => {
    const [lng, lat] = p.location.coordinates
    const point = fromGcj02(lat, lng, system)
    return [p.name, p.address, point.lat.toFixed(7), point.lng.toFixed(7), system, p.hours, p.phone ?? '', p.featured.join('、')]
  })
}
