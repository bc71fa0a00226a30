// Import words the app shows (no zod here, so the mini-program bundle stays small).
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** The coordinate systems published lists use; stations are stored in GCJ-02 (what WeChat's maps use). */
export const COORD_SYSTEMS = ['WGS-84', 'GCJ-02', 'BD-09'] as const
export type CoordSystem = (typeof COORD_SYSTEMS)[number]
export const COORD_SYSTEM_LABELS: Record<CoordSystem, string> = {
  'WGS-84': 'WGS-84（GPS、天地图）',
  'GCJ-02': 'GCJ-02（高德、腾讯、微信）',
  'BD-09': 'BD-09（百度）',
}

/** 4 MB of file as base64 leaves room in the 6 MB callFunction payload; larger files go through cloud storage. */
export const MAX_INLINE_BASE64_CHARS = 5_600_000
/** A file read from cloud storage. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024
export const MAX_IMPORT_ROWS = 20_000

/** The columns a station list may have; each header matches any of its names (case and spaces ignored). */
export const STATION_COLUMNS = {
  externalId: ['编号', '外部编号', '驿站编号', 'id', 'externalid'],
  name: ['名称', '驿站名称', '站点名称', 'name'],
  address: ['地址', '详细地址', 'address'],
  district: ['区', '所属区', '区县', 'district'],
  lat: ['纬度', 'lat', 'latitude'],
  lng: ['经度', 'lng', 'lon', 'longitude'],
  coordSystem: ['坐标系', 'coordsystem', 'crs'],
  hours: ['开放时间', '营业时间', 'hours'],
  amenities: ['设施', '服务设施', '服务内容', 'amenities'],
  phone: ['电话', '联系电话', 'phone'],
  description: ['说明', '简介', '备注', 'description'],
} as const
export type StationColumn = keyof typeof STATION_COLUMNS
/** The columns every station list must have. */
export const REQUIRED_STATION_COLUMNS: StationColumn[] = ['name', 'address', 'lat', 'lng', 'hours']

/** The columns of a 党群阵地 list (开放时间 is kept as written; 特色活动 split on 、,，). */
export const POSITION_COLUMNS = {
  name: ['名称', '阵地名称', 'name'],
  address: ['地址', '详细地址', 'address'],
  lat: ['纬度', 'lat', 'latitude'],
  lng: ['经度', 'lng', 'lon', 'longitude'],
  coordSystem: ['坐标系', 'coordsystem', 'crs'],
  hours: ['开放时间', 'hours'],
  phone: ['电话', '联系电话', 'phone'],
  featured: ['特色活动', 'featured'],
} as const
export type PositionColumn = keyof typeof POSITION_COLUMNS
export const REQUIRED_POSITION_COLUMNS: PositionColumn[] = ['name', 'address', 'lat', 'lng', 'hours']
