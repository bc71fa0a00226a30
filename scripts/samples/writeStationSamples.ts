// Writes docs/samples/{stations,positions}-{wgs84,gcj02,bd09}.{csv,xlsx} from the seed, converting the stored
// GCJ-02 coordinates with gcoord. Run: node --import tsx scripts/samples/writeStationSamples.ts
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import writeXlsxFile from 'write-excel-file/node'
import { COORD_SYSTEMS } from '@/types/imports.vocab'
import { POSITION_SAMPLE_HEADER, SAMPLE_HEADER, positionSampleRows, positionSampleStem, sampleStem, stationSampleRows } from './stationSampleTable'

const dir = path.join(__dirname, '..', '..', 'docs', 'samples')

/**
 * Writes one list as CSV (with a BOM, so Excel opens the UTF-8 Chinese intact) and XLSX; `numberColumns` hold
 * coordinates, written as numbers in the workbook as spreadsheets publish them.
 */
async function writeList(stem: string, table: string[][], numberColumns: number[]) {
  writeFileSync(`${stem}.csv`, `\uFEFF${Papa.unparse(table)}\r\n`)
  const cells = table.map((row, r) => row.map((value, c) => ({ value: r > 0 && numberColumns.includes(c) ? Number(value) : value })))
  writeFileSync(`${stem}.xlsx`, await writeXlsxFile(cells).toBuffer())
}

async function main() {
  for (const system of COORD_SYSTEMS) {
    await writeList(path.join(dir, positionSampleStem(system)), [POSITION_SAMPLE_HEADER, ...positionSampleRows(system)], [2, 3])
    await writeList(path.join(dir, sampleStem(system)), [SAMPLE_HEADER, ...stationSampleRows(system)], [4, 5])
    console.log(`wrote ${sampleStem(system)} and ${positionSampleStem(system)} .csv and .xlsx (${system})`)
  }
}

void main()
