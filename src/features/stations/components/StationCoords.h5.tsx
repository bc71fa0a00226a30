// h5 (the local debug build; the mini-program takes StationCoords.tsx): the coordinates, to check against a web map.
import { Cell } from '@/src/shared/ui/nutui'

/** 坐标: latitude, longitude (GCJ-02) to 5 decimals (about 1 m). */
export function StationCoords({ station }: { station: { lat: number; lng: number } }) {
  return <Cell className='station-detail-coords' title='坐标' extra={`${station.lat.toFixed(5)}, ${station.lng.toFixed(5)}`} />
}
