// A 10,000-row published station list (CSV, and the same as XLSX through cloud storage) imported into an empty
// environment: preview, apply, and the same file again (a no-op), each one `api` call end to end.
import Papa from 'papaparse'
import writeXlsxFile from 'write-excel-file/node'
import { startTestCloud, type TestCloud } from '../test/helpers/localCloud'
import { randomStations } from '../test/helpers/randomStations'
import { hoursText } from '../cloudfunctions/api/stations/hoursText'
import { fromGcj02 } from '../cloudfunctions/api/imports/coordinates'
import { SAMPLE_HEADER } from '../scripts/samples/stationSampleTable'
import { AMENITY_LABELS } from '../types/stations.vocab'
import type { ImportReport } from '../types/imports'
import { ms } from './stats'

const ROWS = 10_000
const ADMIN = 'bench-admin'

function table(): string[][] {
  const rows = randomStations(ROWS, 7).map((s, i) => {
    const [lng, lat] = s.location.coordinates
    const wgs = fromGcj02(lat, lng, 'WGS-84')
    return [
      `b-${i}`,
      s.name,
      s.address,
      '长宁区',
      wgs.lat.toFixed(7),
      wgs.lng.toFixed(7),
      'WGS-84',
      hoursText(s.hours),
      s.amenities.map((a) => AMENITY_LABELS[a].label).join('、'),
      '021-62800000',
      s.description,
    ]
  })
  return [SAMPLE_HEADER, ...rows]
}

async function timed(
  cloud: TestCloud,
  action: 'imports.previewStations' | 'imports.applyStations',
  data: object,
): Promise<{ took: number; report: ImportReport }> {
  const started = performance.now()
  const res = await cloud.callUnchecked<ImportReport>(action, data, ADMIN)
  const took = performance.now() - started
  if (!res.ok) throw new Error(`${action}: ${res.error.code} ${res.error.message}`)
  return { took, report: res.data }
}

async function upload(cloud: TestCloud, cloudPath: string, body: Buffer): Promise<string> {
  const response = await fetch(`${cloud.url}/_local/storage/upload-from-client?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-wx-openid': ADMIN },
    body: new Uint8Array(body),
  })
  return ((await response.json()) as { fileID: string }).fileID
}

export async function benchStationImport(): Promise<void> {
  const rows = table()
  const csv = Buffer.from(Papa.unparse(rows))
  const xlsx = await writeXlsxFile(rows.map((row) => row.map((value) => ({ value })))).toBuffer()
  console.log(`\nstation import — ${ROWS} rows (WGS-84 → GCJ-02), into an empty environment; function timeout 10 s`)
  for (const [format, content] of [
    ['csv', csv],
    ['xlsx', xlsx],
  ] as const) {
    const cloud = await startTestCloud()
    try {
      await cloud.store.insertMany('users', [{ _id: ADMIN, roles: ['admin'], nickname: 'bench', createdAt: new Date() }])
      const fileID = await upload(cloud, `imports/bench.${format}`, content)
      const source = { source: { fileID, fileName: `bench.${format}` } }
      const preview = await timed(cloud, 'imports.previewStations', source)
      const apply = await timed(cloud, 'imports.applyStations', source)
      const again = await timed(cloud, 'imports.applyStations', source)
      const kb = (content.length / 1024).toFixed(0)
      console.log(
        `  ${format.toUpperCase()} (${kb} KB, via cloud storage): preview ${ms(preview.took)} (${preview.report.toAdd} to add), apply ${ms(apply.took)}, the same file again ${ms(again.took)} (${again.report.toSkip} unchanged)`,
      )
    } finally {
      await cloud.stop()
    }
  }
}
