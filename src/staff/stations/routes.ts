// The 驿站管理 pages' addresses, written once.
export const STATION_LIST_URL = '/staff/stations/manage/index'
export const STATION_IMPORT_URL = '/staff/stations/import/index'
export const stationEditUrl = (id?: string) => `/staff/stations/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`
