// `npm run deploy -- --import <file.csv|xlsx>`: after the deploy, a station list goes into the environment through the
// same import the app's admins use (preview, then all or nothing), written with the deployer's own keys. Deploy never
// loads demo data; this is the only data it writes, and only when asked.
import { readFileSync } from 'node:fs'
import type { ImportReport } from '@/types/imports'
import type { StationDoc } from '@/cloudfunctions/api/stations/stationDoc'
import { importFormat } from '@/cloudfunctions/api/imports/readTable'
import { applyStationPlan, prepareStationImport, type ImportDatabase } from '@/cloudfunctions/api/imports/stationImport'

export interface ImportTarget {
  envId: string
  secretId: string
  secretKey: string
  /** Another CloudBase API address (the local cloud's `/admin`, in tests). */
  serviceUrl?: string
}

/** No stored stations: what a dry run plans against, so it needs nothing but the file. */
const NOTHING_STORED: ImportDatabase = {
  readStations: async () => [],
  insertStations: () => Promise.reject(new Error('a dry run writes nothing')),
  replaceStation: () => Promise.reject(new Error('a dry run writes nothing')),
}

/** @cloudbase/node-sdk's spelling: `add(data)` and `set(data)` take the document itself (no `{ data }` wrapper). */
interface NodeSdkCollection {
  orderBy(field: string, order: string): { skip(n: number): { limit(n: number): { get(): Promise<{ data: StationDoc[] }> } } }
  add(data: object): Promise<unknown>
  doc(id: string): { set(data: object): Promise<unknown> }
}

function nodeSdkDatabase(target: ImportTarget): ImportDatabase {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tcb = require('@cloudbase/node-sdk') as { init(config: object): { database(): { collection(name: string): NodeSdkCollection } } }
  const config = { env: target.envId, secretId: target.secretId, secretKey: target.secretKey, ...(target.serviceUrl ? { serviceUrl: target.serviceUrl } : {}) }
  const database = tcb.init(config).database()
  const stations = () => database.collection('stations')
  return {
    readStations: async (skip, limit) => (await stations().orderBy('_id', 'asc').skip(skip).limit(limit).get()).data,
    insertStations: async (docs) => void (await stations().add(docs)),
    replaceStation: async (id, fields) => void (await stations().doc(id).set(fields)),
  }
}

function describe(file: string, report: ImportReport): string {
  const lines = [`${file}: ${report.rowsRead} rows; add ${report.toAdd}, update ${report.toUpdate}, unchanged ${report.toSkip}, bad ${report.badRowCount}`]
  for (const bad of report.badRows) lines.push(`  第 ${bad.line} 行：${bad.reason}`)
  return lines.join('\n')
}

/** Reads and checks the file without a cloud (for `--dry-run`): every bad row is printed. */
export async function previewStationFile(file: string, now = new Date()): Promise<ImportReport> {
  const { report } = await prepareStationImport(NOTHING_STORED, readFileSync(file), importFormat(file), undefined, now)
  console.log(describe(file, report))
  return report
}

/** Imports the file into the environment; throws (writing nothing) when any row is bad. */
export async function importStationFile(file: string, target: ImportTarget, now = new Date()): Promise<ImportReport> {
  const db = nodeSdkDatabase(target)
  const { report, plan } = await prepareStationImport(db, readFileSync(file), importFormat(file), undefined, now)
  console.log(describe(file, report))
  return applyStationPlan(db, report, plan)
}
