// Writes docs/samples/stations-{wgs84,gcj02,bd09}.{csv,xlsx} from the seed's stations, converting the stored
// GCJ-02 coordinates with gcoord. Run: node --import tsx scripts/samples/writeStationSamples.ts
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import writeXlsxFile from 'write-excel-file/node'
import { COORD_SYSTEMS } from '../../types/imports.vocab'
import { SAMPLE_HEADER, sampleStem, stationSampleRows } from './stationSampleTable'

const dir = path.join(__dirname, '..', '..', 'docs', 'samples')

async function main() {
  for (const system of COORD_SYSTEMS) {
    const table = [SAMPLE_HEADER, ...stationSampleRows(system)]
    const stem = path.join(dir, sampleStem(system))
    // A BOM so Excel opens the UTF-8 CSV with the Chinese intact.
    writeFileSync(`${stem}.csv`, `\uFEFF${Papa.unparse(table)}\r\n`)
    // Coordinates as numbers in the workbook, as spreadsheets publish them.
    const cells = table.map((row, r) => row.map((value, c) => ({ value: r > 0 && (c === 4 || c === 5) ? Number(value) : value })))
    writeFileSync(`${stem}.xlsx`, await writeXlsxFile(cells).toBuffer())
    console.log(`wrote ${stem}.csv and .xlsx (${table.length - 1} stations, ${system})`)
  }
}

void main()
