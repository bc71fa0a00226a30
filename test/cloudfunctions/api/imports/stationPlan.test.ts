import { planStationImport } from '@/cloudfunctions/api/imports/stationPlan'
import type { StationRow } from '@/cloudfunctions/api/imports/stationRows'
import { stationDoc, type StationDoc } from '@/cloudfunctions/api/stations/stationDoc'

const NOW = new Date('2026-11-27T04:00:00Z')
const HOURS = { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '20:00' }] }
const row = (line: number, fields: Partial<StationRow>): StationRow => ({
  line,
  externalId: null,
  name: '新华路驿站',
  address: '长宁区新华路 1 号',
  district: '长宁区',
  lat: 31.2049,
  lng: 121.4251,
  hours: HOURS,
  amenities: ['water'],
  phone: null,
  description: '',
  ...fields,
})
const stored = (fields: Partial<StationDoc>): StationDoc =>
  stationDoc(
    {
      _id: 'st-app-1',
      kind: 'station',
      name: '新华路驿站',
      address: '长宁区新华路 1 号',
      district: '长宁区',
      location: { type: 'Point', coordinates: [121.4251, 31.2049] },
      phone: null,
      hours: HOURS,
      amenities: ['water'],
      description: '',
      externalId: null,
      ...fields,
    },
    NOW,
  )

describe('planStationImport', () => {
  it('skips a row identical to the stored station, and adds one it does not know', () => {
    const plan = planStationImport([row(2, {}), row(3, { name: '别的站', address: '别处' })], [stored({})], NOW)
    expect(plan).toMatchObject({ skips: 1, updates: [], bad: [] })
    expect(plan.adds.map((d) => d.name)).toEqual(['别的站'])
  })

  it('matches by name + address whatever the spacing, and updates to the new spelling', () => {
    const plan = planStationImport([row(2, { address: '长宁区新华路1号' })], [stored({})], NOW)
    expect(plan.updates.map((d) => [d._id, d.address])).toEqual([['st-app-1', '长宁区新华路1号']])
    expect(plan.adds).toEqual([])
  })

  it('prefers the external id: a renamed station with the same 编号 is an update of that station', () => {
    const plan = planStationImport([row(2, { externalId: 'X-1', name: '新名字', address: '新地址' })], [stored({ _id: 'st-x', externalId: 'X-1' })], NOW)
    expect(plan.updates.map((d) => [d._id, d.name])).toEqual([['st-x', '新名字']])
    expect(plan.adds).toEqual([])
  })

  it('gives a station added in the app its 编号 on the first import, keeping what staff set', () => {
    const suspended = stored({ status: 'suspended', closure: { reason: '维修', expectedReopenAt: null, since: NOW }, photos: ['cloud://p'] })
    const plan = planStationImport([row(2, { externalId: 'X-9' })], [suspended], NOW)
    expect(plan.updates[0]).toMatchObject({ _id: 'st-app-1', externalId: 'X-9', status: 'suspended', closure: { reason: '维修' }, photos: ['cloud://p'] })
  })

  it('refuses two rows for one station, by 编号 or by name + address, naming the first line', () => {
    const plan = planStationImport([row(2, { externalId: 'A' }), row(3, { externalId: 'A', name: '另一个' }), row(4, { externalId: 'B' })], [], NOW)
    expect(plan.bad).toEqual([
      { line: 3, reason: '与第 2 行是同一个驿站（编号相同，或名称和地址相同）' },
      { line: 4, reason: '与第 2 行是同一个驿站（编号相同，或名称和地址相同）' },
    ])
  })

  it('gives a new station the same id on every run, so an interrupted apply cannot add it twice', () => {
    const first = planStationImport([row(2, { externalId: 'A' })], [], NOW).adds[0]._id
    expect(planStationImport([row(5, { externalId: 'A' })], [], NOW).adds[0]._id).toBe(first)
  })
})
