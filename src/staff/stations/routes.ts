// The 驿站管理 pages' addresses, written once.
export const STATION_LIST_URL = '/staff/stations/manage/index'
export const STATION_IMPORT_URL = '/staff/stations/import/index'
export const stationEditUrl = (id?: string) => `/staff/stations/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`
/** Fired after a save or a status change, so the list reloads when shown again. */
export const STATION_CHANGED = 'staff-station-changed'
