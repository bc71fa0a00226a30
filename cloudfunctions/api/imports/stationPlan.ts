// What an import would do: each good row matched to a stored station (by external id, else by name + address),
// then added, updated, or skipped when nothing differs. Pure: the stored stations come in, the plan goes out.
import { createHash } from 'node:crypto'
import type { BadRow, ImportReport } from '@/types/imports'
import { geoPoint, pointLngLat } from '../core/geo'
import { stationDoc, stationMatchKey, type StationDoc } from '../stations/stationDoc'
import type { StationRow } from './stationRows'

export interface StationPlan {
  adds: StationDoc[]
  updates: StationDoc[]
  skips: number
  /** Rows that repeat another row's station. */
  bad: BadRow[]
  changes: ImportReport['changes']
}

/** A new station's id from its key, so an apply interrupted and run again cannot add it twice. */
const newStationId = (key: string) => `st-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`

/** The fields an import owns, in one canonical form, to tell "changed" from "the same". */
function importedFields(doc: StationDoc) {
  const [lng, lat] = pointLngLat(doc.location)
  return JSON.stringify([
    doc.externalId ?? null,
    doc.name,
    doc.address,
    doc.district ?? '',
    Math.round(lat * 1e6),
    Math.round(lng * 1e6),
    doc.hours.always ?? false,
    doc.hours.periods.map((p) => [[...p.days].sort(), p.open, p.close]),
    doc.hours.onPublicHoliday ?? 'usual',
    doc.hours.onMakeUpWorkday ?? 'usual',
    [...doc.amenities].sort(),
    doc.phone ?? null,
    doc.description ?? '',
  ])
}

export function planStationImport(rows: StationRow[], existing: StationDoc[], now: Date): StationPlan {
  const byExternalId = new Map<string, StationDoc>()
  const byMatchKey = new Map<string, StationDoc>()
  for (const doc of existing) {
    if (doc.externalId) byExternalId.set(doc.externalId, doc)
    byMatchKey.set(doc.matchKey ?? stationMatchKey(doc.name, doc.address), doc)
  }
  const plan: StationPlan = { adds: [], updates: [], skips: 0, bad: [], changes: [] }
  const lineOfKey = new Map<string, number>()
  const lineOfStation = new Map<string, number>()
  for (const row of rows) {
    const matchKey = stationMatchKey(row.name, row.address)
    const keys = [row.externalId ? `ext:${row.externalId}` : null, `nk:${matchKey}`].filter((k): k is string => !!k)
    const repeated = keys.map((k) => lineOfKey.get(k)).find((l) => l !== undefined)
    if (repeated !== undefined) {
      plan.bad.push({ line: row.line, reason: `与第 ${repeated} 行是同一个驿站（编号相同，或名称和地址相同）` })
      continue
    }
    keys.forEach((k) => lineOfKey.set(k, row.line))
    const stored = (row.externalId ? byExternalId.get(row.externalId) : undefined) ?? byMatchKey.get(matchKey)
    if (stored) {
      const earlier = lineOfStation.get(stored._id)
      if (earlier !== undefined) {
        plan.bad.push({ line: row.line, reason: `与第 ${earlier} 行对应同一个已有驿站“${stored.name}”` })
        continue
      }
      lineOfStation.set(stored._id, row.line)
    }
    const { _id: _ignored, openIntervals: _derived, updatedAt: _stamp, matchKey: _key, ...kept } = stored ?? ({} as Partial<StationDoc>)
    const doc = stationDoc(
      {
        ...kept,
        _id: stored?._id ?? newStationId(keys[0]),
        kind: 'station',
        name: row.name,
        address: row.address,
        district: row.district,
        location: geoPoint(row.lat, row.lng),
        hours: row.hours,
        amenities: row.amenities,
        phone: row.phone,
        description: row.description,
        externalId: row.externalId ?? stored?.externalId ?? null,
        status: stored?.status ?? 'active',
      },
      now,
    )
    if (stored && importedFields(stored) === importedFields(doc)) {
      plan.skips++
      continue
    }
    ;(stored ? plan.updates : plan.adds).push(doc)
    if (plan.changes.length < 50) plan.changes.push({ line: row.line, action: stored ? 'update' : 'add', name: row.name })
  }
  return plan
}
