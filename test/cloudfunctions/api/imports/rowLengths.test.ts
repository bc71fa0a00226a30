// Import rows count characters, never UTF-16 units (issue 13: "an 11-character name of 4-byte characters is
// over 20"): a station name of 40 four-byte characters is 40 characters, within the 40 allowed; 41 is not.
import { readStationRows } from '@/cloudfunctions/api/imports/stationRows'

const HEADER = ['名称', '地址', '纬度', '经度', '坐标系', '开放时间']
const rowNamed = (name: string) => [name, '长宁区新华路 1 号', '31.2049', '121.4251', 'GCJ-02', '每天 08:00-20:00']

it('a 40-character name of 4-byte characters fits the 40 allowed; 41 is refused as too long', () => {
  const fits = readStationRows([HEADER, rowNamed('𠀀'.repeat(40))])
  expect(fits.bad).toEqual([])
  expect(fits.rows[0].name).toBe('𠀀'.repeat(40))
  const over = readStationRows([HEADER, rowNamed('𠀀'.repeat(41))])
  expect(over.bad[0].reason).toContain('太长（最多 40 字）')
})
