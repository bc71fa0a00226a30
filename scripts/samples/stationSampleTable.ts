// The demo block's stations (seed/stations.ts) as a published list would give them, in one coordinate system:
// the header and rows of docs/samples/stations-<system>.csv|xlsx. Pure, so tests can compare with the files.
import { demoStations } from '../../seed/stations'
import { hoursText } from '../../cloudfunctions/api/stations/hoursText'
import { fromGcj02 } from '../../cloudfunctions/api/imports/coordinates'
import type { CoordSystem } from '../../types/imports.vocab'
import { AMENITY_LABELS } from '../../types/stations.vocab'

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
