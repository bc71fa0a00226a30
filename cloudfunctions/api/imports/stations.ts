// imports.previewStations / imports.applyStations: a published station list (CSV or XLSX) into `stations`.
import { stationImportInput } from '@/types/imports'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { getDocs } from '../core/db'
import type { StationDoc } from '../stations/stationDoc'
import { readSource } from './readSource'
import { importFormat } from './readTable'
import { applyStationPlan, prepareStationImport, type ImportDatabase } from './stationImport'
import { ADMIN_ROLES } from '@/types/roles'

const stations = () => db.collection('stations')
const database: ImportDatabase = {
  readStations: (skip, limit) => getDocs<StationDoc>(stations().orderBy('_id', 'asc').skip(skip).limit(limit)),
  insertStations: async (docs) => void (await stations().add({ data: docs as unknown as object })),
  replaceStation: async (id, fields) => void (await stations().doc(id).set({ data: fields })),
}

type Input = Parameters<typeof stationImportInput.parse>[0]

async function prepare(input: Input, now: Date) {
  const parsed = stationImportInput.parse(input)
  const format = importFormat(parsed.source.fileName, parsed.format)
  return prepareStationImport(database, await readSource(parsed.source), format, parsed.defaultCoordSystem, now)
}

/** Rows read, to add / update / skip, and every bad row with its line and reason; writes nothing. */
export const previewStationImport = defineAction({
  name: 'imports.previewStations',
  input: stationImportInput,
  roles: ADMIN_ROLES,
  async handle({ input, now }) {
    return (await prepare(input, now)).report
  },
})

/** All or nothing: applies only a list whose every row is good (see applyStationPlan). */
export const applyStationImport = defineAction({
  name: 'imports.applyStations',
  input: stationImportInput,
  roles: ADMIN_ROLES,
  async handle({ input, now }) {
    const { report, plan } = await prepare(input, now)
    return applyStationPlan(database, report, plan)
  },
})
