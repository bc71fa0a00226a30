import type { StationView } from '@/types/stations'
import { STATION_KIND_LABELS } from '@/types/stations.vocab'
import type { ShareContent } from '@/src/shared/share/shareTargets'

export const STATION_DETAIL_PAGE = 'features/stations/pages/detail/index'

/** The shared card of a station (or a shelter / storage point): its name and kind, opening its page. */
export const stationShare = (station: Pick<StationView, 'id' | 'name' | 'kind'>): ShareContent => ({
  title: `${station.name}｜${station.kind === 'station' ? '红色驿站 · 歇脚喝水充电' : STATION_KIND_LABELS[station.kind]}`,
  page: STATION_DETAIL_PAGE,
  query: { id: station.id },
})
