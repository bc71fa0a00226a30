// A 党群阵地 list's rows → positions, and the plan against what is stored (matched by name + address). Pure.
import { createHash } from 'node:crypto'
import type { BadRow, ImportReport } from '@/types/imports'
import { charCount } from '@/types/text'
import { POSITION_COLUMNS, REQUIRED_POSITION_COLUMNS, type CoordSystem, type PositionColumn } from '@/types/imports.vocab'
import { invalidInput } from '../core/errors'
import { geoPoint, pointLngLat } from '../core/geo'
import type { PositionDoc } from '../positions/positionDoc'
import { stationMatchKey } from '../stations/stationDoc'
import { coordSystemFromText, toGcj02 } from './coordinates'
import type { Table } from './readTable'
import { mapColumns, parseDegrees } from './tableColumns'

const LABELS: Record<PositionColumn, string> = {
  name: '名称',
  address: '地址',
  lat: '纬度',
  lng: '经度',
  coordSystem: '坐标系',
  hours: '开放时间',
  phone: '电话',
  featured: '特色活动',
}
/** The limits positions.save keeps (types/positions.ts). */
const LIMITS: Partial<Record<PositionColumn, number>> = { name: 60, address: 120, hours: 60 }

export interface PositionPlan {
  adds: PositionDoc[]
  updates: PositionDoc[]
  skips: number
  bad: BadRow[]
  rowsRead: number
  changes: ImportReport['changes']
}

const canonical = (d: PositionDoc) =>
  JSON.stringify([d.name, d.address, ...pointLngLat(d.location).map((x) => Math.round(x * 1e6)), d.hours, d.phone ?? null, d.featured])

/** Reads, validates and plans every row; `stored` are the positions already in the database. */
export function planPositionImport(table: Table, stored: PositionDoc[], defaultCoordSystem: CoordSystem | undefined, now: Date): PositionPlan {
  const headerIndex = table.findIndex((row) => row.some((cell) => cell !== ''))
  if (headerIndex < 0) throw invalidInput('文件里没有数据')
  const at = mapColumns(
    table[headerIndex],
    POSITION_COLUMNS,
    REQUIRED_POSITION_COLUMNS,
    LABELS,
    '表头应含：名称、地址、纬度、经度、开放时间，可选 坐标系、电话、特色活动',
  )
  const byKey = new Map(stored.map((d) => [stationMatchKey(d.name, d.address), d]))
  const plan: PositionPlan = { adds: [], updates: [], skips: 0, bad: [], rowsRead: 0, changes: [] }
  const lineOfKey = new Map<string, number>()
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i]
    if (cells.every((c) => c === '')) continue
    plan.rowsRead++
    const line = i + 1
    const cell = (c: PositionColumn) => (at[c] === undefined ? '' : (cells[at[c]!] ?? '').trim())
    const reasons: string[] = []
    for (const c of REQUIRED_POSITION_COLUMNS) if (!cell(c)) reasons.push(`缺少${LABELS[c]}`)
    for (const [c, max] of Object.entries(LIMITS) as [PositionColumn, number][])
      if (charCount(cell(c)) > max) reasons.push(`${LABELS[c]}太长（最多 ${max} 字）`)
    const lat = parseDegrees(cell('lat'))
    const lng = parseDegrees(cell('lng'))
    if (cell('lat') && (lat === null || lat < -90 || lat > 90)) reasons.push(`纬度“${cell('lat')}”应为 -90 到 90 之间的数字`)
    if (cell('lng') && (lng === null || lng < -180 || lng > 180)) reasons.push(`经度“${cell('lng')}”应为 -180 到 180 之间的数字`)
    const system = cell('coordSystem') ? coordSystemFromText(cell('coordSystem')) : (defaultCoordSystem ?? null)
    if (!system)
      reasons.push(cell('coordSystem') ? `不认识的坐标系“${cell('coordSystem')}”（WGS-84、GCJ-02 或 BD-09）` : '缺少坐标系（WGS-84、GCJ-02 或 BD-09）')
    const phone = cell('phone').normalize('NFKC')
    if (phone && !/^[0-9+\-\s]{5,20}$/.test(phone)) reasons.push(`电话“${phone}”格式不对`)
    const featured = cell('featured')
      .split(/[、,，;；]/)
      .map((s) => s.trim())
      .filter(Boolean)
    if (featured.length > 8) reasons.push('特色活动最多 8 项')
    if (featured.some((f) => charCount(f) > 60)) reasons.push('每项特色活动最多 60 字')
    const key = stationMatchKey(cell('name'), cell('address'))
    if (!reasons.length && lineOfKey.has(key)) reasons.push(`与第 ${lineOfKey.get(key)} 行是同一个阵地（名称和地址相同）`)
    if (reasons.length || lat === null || lng === null || !system) {
      plan.bad.push({ line, reason: reasons.join('；') })
      continue
    }
    lineOfKey.set(key, line)
    const point = toGcj02(lat, lng, system)
    const existing = byKey.get(key)
    const doc: PositionDoc = {
      _id: existing?._id ?? `pos-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`,
      name: cell('name'),
      address: cell('address'),
      location: geoPoint(Math.round(point.lat * 1e7) / 1e7, Math.round(point.lng * 1e7) / 1e7),
      hours: cell('hours'),
      phone: phone || null,
      featured,
      updatedAt: now,
    }
    if (existing && canonical(existing) === canonical(doc)) {
      plan.skips++
      continue
    }
    ;(existing ? plan.updates : plan.adds).push(doc)
    if (plan.changes.length < 50) plan.changes.push({ line, action: existing ? 'update' : 'add', name: doc.name })
  }
  return plan
}
