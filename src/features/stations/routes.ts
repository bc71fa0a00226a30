export const STATION_DETAIL_PAGE = '/features/stations/pages/detail/index'

export function stationDetailUrl(id: string): string {
  return `${STATION_DETAIL_PAGE}?id=${encodeURIComponent(id)}`
}
