// The rows of a station list → station fields, each bad row with its line and every reason, in Chinese. Pure.
import type { BadRow } from '@/types/imports'
import { REQUIRED_STATION_COLUMNS, STATION_COLUMNS, type CoordSystem, type StationColumn } from '@/types/imports.vocab'
import type { OpeningHours } from '@/types/stations'
import type { Amenity } from '@/types/stations.vocab'
import { charCount } from '@/types/text'
import { invalidInput } from '../core/errors'
import { mapColumns, parseDegrees } from './tableColumns'
import { AMENITY_WORDS_HINT, amenitiesFromWords } from './amenityWords'
import { coordSystemFromText, toGcj02 } from './coordinates'
import { hoursFromText } from './hoursFromText'
import type { Table } from './readTable'

/** One good row: what the station will hold (coordinates already GCJ-02). */
export interface StationRow {
  /** Line in the file, the header being line 1 (as a spreadsheet numbers it). */
  line: number
  externalId: string | null
  name: string
  address: string
  district: string
  lat: number
  lng: number
  hours: OpeningHours
  amenities: Amenity[]
  phone: string | null
  description: string
}

const COLUMN_LABELS: Record<StationColumn, string> = {
  externalId: '编号',
  name: '名称',
  address: '地址',
  district: '区',
  lat: '纬度',
  lng: '经度',
  coordSystem: '坐标系',
  hours: '开放时间',
  amenities: '设施',
  phone: '电话',
  description: '说明',
}
const LIMITS: Partial<Record<StationColumn, number>> = { externalId: 64, name: 40, address: 120, district: 20, phone: 30, description: 500 }
/** Reads every data row; blank rows are passed over (and not counted). */
export function readStationRows(table: Table, defaultCoordSystem?: CoordSystem): { rows: StationRow[]; bad: BadRow[]; rowsRead: number } {
  const headerIndex = table.findIndex((row) => row.some((cell) => cell !== ''))
  if (headerIndex < 0) throw invalidInput('文件里没有数据')
  const at = mapColumns(
    table[headerIndex],
    STATION_COLUMNS,
    REQUIRED_STATION_COLUMNS,
    COLUMN_LABELS,
    '表头应含：名称、地址、纬度、经度、开放时间，可选 编号、区、坐标系、设施、电话、说明',
  )
  const rows: StationRow[] = []
  const bad: BadRow[] = []
  // Lists repeat a handful of hours texts thousands of times: read each once.
  const hoursOf = new Map<string, ReturnType<typeof hoursFromText>>()
  const readHours = (text: string) => hoursOf.get(text) ?? hoursOf.set(text, hoursFromText(text)).get(text)!
  let rowsRead = 0
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i]
    if (cells.every((cell) => cell === '')) continue
    rowsRead++
    const line = i + 1
    const cell = (column: StationColumn) => (at[column] === undefined ? '' : (cells[at[column]!] ?? '').trim())
    const reasons: string[] = []
    for (const column of REQUIRED_STATION_COLUMNS) if (!cell(column)) reasons.push(`缺少${COLUMN_LABELS[column]}`)
    for (const [column, max] of Object.entries(LIMITS) as [StationColumn, number][]) {
      if (charCount(cell(column)) > max) reasons.push(`${COLUMN_LABELS[column]}太长（最多 ${max} 字）`)
    }
    const lat = parseDegrees(cell('lat'))
    const lng = parseDegrees(cell('lng'))
    if (cell('lat') && (lat === null || lat < -90 || lat > 90)) reasons.push(`纬度“${cell('lat')}”应为 -90 到 90 之间的数字`)
    if (cell('lng') && (lng === null || lng < -180 || lng > 180)) reasons.push(`经度“${cell('lng')}”应为 -180 到 180 之间的数字`)
    if (lat !== null && lng !== null && (lat < 3.8 || lat > 53.6 || lng < 73.4 || lng > 135.1)) {
      reasons.push('坐标不在中国境内：是否把纬度和经度写反了？')
    }
    const system = cell('coordSystem') ? coordSystemFromText(cell('coordSystem')) : (defaultCoordSystem ?? null)
    if (!system)
      reasons.push(cell('coordSystem') ? `不认识的坐标系“${cell('coordSystem')}”（WGS-84、GCJ-02 或 BD-09）` : '缺少坐标系（WGS-84、GCJ-02 或 BD-09）')
    const hours = cell('hours') ? readHours(cell('hours')) : null
    if (hours && !hours.ok) reasons.push(hours.reason)
    const { amenities, unknown } = amenitiesFromWords(cell('amenities'))
    if (unknown.length) reasons.push(`不认识的设施：${unknown.join('、')}（可用：${AMENITY_WORDS_HINT}）`)
    const phone = cell('phone')
    if (phone && !/^[\d\-+() 转]{5,30}$/.test(phone.normalize('NFKC'))) reasons.push(`电话“${phone}”格式不对`)
    if (reasons.length || lat === null || lng === null || !system || !hours?.ok) {
      bad.push({ line, reason: reasons.join('；') })
      continue
    }
    const point = toGcj02(lat, lng, system)
    rows.push({
      line,
      externalId: cell('externalId') || null,
      name: cell('name'),
      address: cell('address'),
      district: cell('district'),
      lat: Math.round(point.lat * 1e7) / 1e7,
      lng: Math.round(point.lng * 1e7) / 1e7,
      hours: hours.hours,
      amenities,
      phone: phone ? phone.normalize('NFKC') : null,
      description: cell('description'),
    })
  }
  return { rows, bad, rowsRead }
}
