// Importing published station and 党群阵地 lists into an empty environment (no seed): the sample files in
// docs/samples, bad rows, re-import, cloud storage files, holidays in the open-now query, and who may import.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { haversineM } from '../helpers/haversine'
import { demoStations } from '@/seed/stations'
import { COORD_SYSTEMS, type CoordSystem } from '@/types/imports.vocab'
import type { NearbyResult } from '@/types/stations'
import { BLOCK_CENTRE } from '@/types/stations.vocab'
import { positionSampleStem, sampleStem } from '@/scripts/samples/stationSampleTable'
import { demoPositions } from '@/seed/positions'
import type { ActionInput } from '@/types/actions'

const ADMIN = 'import-admin'
const STAFF = 'import-staff'
const RIDER = 'import-rider'
/** Friday 2026-11-27 12:00 in Shanghai: every demo station is open but the overnight one (18:00–次日06:00). */
const NOON = new Date('2026-11-27T12:00:00+08:00')
const OVERNIGHT_ONLY = 'st-xinhua-04'
const SAMPLES = path.join(__dirname, '..', '..', 'docs', 'samples')

const sample = (system: CoordSystem, ext: 'csv' | 'xlsx') => {
  const fileName = `${sampleStem(system)}.${ext}`
  return { fileName, contentBase64: readFileSync(path.join(SAMPLES, fileName)).toString('base64') }
}
const csv = (lines: string[]) => ({ fileName: 'list.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') })
const HEADER = '编号,名称,地址,区,纬度,经度,坐标系,开放时间,设施,电话,说明'
const seedPoint = (s: (typeof demoStations)[number]) => ({ lat: s.location.coordinates[1], lng: s.location.coordinates[0] })

async function emptyCloud(): Promise<TestCloud> {
  const cloud = await startTestCloud()
  await cloud.store.insertMany('users', [
    { _id: ADMIN, roles: ['resident', 'admin'], nickname: '街道管理员', createdAt: new Date() },
    { _id: STAFF, roles: ['resident', 'staff'], nickname: '网格员', createdAt: new Date() },
  ])
  cloud.setNow(NOON)
  return cloud
}

async function nearby(cloud: TestCloud, data: ActionInput<'stations.nearby'>): Promise<NearbyResult> {
  return cloud.callOk('stations.nearby', data, RIDER)
}

describe.each(COORD_SYSTEMS)('the demo block sample in %s, into an empty environment', (system) => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await emptyCloud()
  })
  afterAll(() => cloud?.stop())

  it('starts with no station at all', async () => {
    expect((await nearby(cloud, { lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 50 })).stations).toEqual([])
  })

  it('previews 14 stations to add and writes nothing, then applies them', async () => {
    const preview = await cloud.callOk('imports.previewStations', { source: sample(system, 'csv') }, ADMIN)
    expect(preview).toMatchObject({
      format: 'csv',
      rowsRead: demoStations.length,
      toAdd: demoStations.length,
      toUpdate: 0,
      toSkip: 0,
      badRowCount: 0,
      badRows: [],
      applied: false,
    })
    expect(await cloud.store.find('stations', {})).toEqual([])
    const applied = await cloud.callOk('imports.applyStations', { source: sample(system, 'csv') }, ADMIN)
    expect(applied).toMatchObject({ toAdd: demoStations.length, applied: true })
    expect(await cloud.store.find('stations', {})).toHaveLength(demoStations.length)
  })

  it('puts each station within 3 m of where the seed has it (stored GCJ-02)', async () => {
    for (const station of demoStations) {
      const { stations } = await nearby(cloud, { ...seedPoint(station), radiusKm: 0.05, limit: 1 })
      expect(stations[0]?.name).toBe(station.name)
      expect(stations[0].distanceM).toBeLessThanOrEqual(3)
      expect(haversineM(seedPoint(station), stations[0])).toBeLessThanOrEqual(3)
    }
  })

  it('lets a rider find the nearest open station', async () => {
    const expected = demoStations
      .filter((s) => s._id !== OVERNIGHT_ONLY)
      .map((s) => ({ name: s.name, d: haversineM(BLOCK_CENTRE, seedPoint(s)) }))
      .sort((a, b) => a.d - b.d)[0]
    const { stations } = await nearby(cloud, { lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, openNow: true, limit: 1 })
    expect(stations[0].name).toBe(expected.name)
    expect(stations[0].openNow).toBe(true)
    const all = await nearby(cloud, { lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: 50, limit: 50 })
    expect(all.stations.find((s) => s.name === '法华镇路爱心接力站')?.openNow).toBe(false)
  })

  it('changes nothing when the same list comes again, as XLSX', async () => {
    const before = await cloud.store.find('stations', {})
    const again = await cloud.callOk('imports.applyStations', { source: sample(system, 'xlsx') }, ADMIN)
    expect(again).toMatchObject({ format: 'xlsx', rowsRead: demoStations.length, toAdd: 0, toUpdate: 0, toSkip: demoStations.length, applied: true })
    expect(await cloud.store.find('stations', {})).toEqual(before)
  })
})

describe('rows that cannot be imported', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await emptyCloud()
  })
  afterAll(() => cloud?.stop())

  const list = csv([
    HEADER,
    'a-1,好驿站,长宁区新华路 1 号,长宁区,31.2049,121.4251,GCJ-02,每天 8:00-20:00,饮水、充电,,',
    'a-2,,长宁区新华路 2 号,长宁区,31.2049,121.4251,GCJ-02,每天 8:00-20:00,,,',
    'a-3,坐标错,长宁区新华路 3 号,长宁区,北纬31度,121.4251,GCJ-02,24小时,,,',
    'a-4,写反了,长宁区新华路 4 号,长宁区,121.4251,31.2049,WGS-84,24小时,,,',
    '',
    'a-5,时间错,长宁区新华路 5 号,长宁区,31.2049,121.4251,GCJ-02,看心情,,,',
    'a-6,设施错,长宁区新华路 6 号,长宁区,31.2049,121.4251,火星,24小时,饮水、按摩椅,,',
    'a-7,好驿站,长宁区新华路 1 号,长宁区,31.2049,121.4251,GCJ-02,每天 8:00-20:00,,,',
    'a-8,坐标系错,长宁区新华路 8 号,长宁区,31.2049,121.4251,CGCS-84,24小时,,,',
  ])

  it('lists each bad row by its line in the file, with the reason in Chinese', async () => {
    const preview = await cloud.callOk('imports.previewStations', { source: list }, ADMIN)
    expect(preview.rowsRead).toBe(8)
    expect(preview.toAdd).toBe(1)
    expect(preview.badRowCount).toBe(7)
    expect(preview.badRows.map((b) => b.line)).toEqual([3, 4, 5, 7, 8, 9, 10])
    const reason = (line: number) => preview.badRows.find((b) => b.line === line)?.reason
    expect(reason(3)).toContain('缺少名称')
    expect(reason(4)).toContain('纬度“北纬31度”应为 -90 到 90 之间的数字')
    expect(reason(5)).toContain('是否把纬度和经度写反了')
    expect(reason(7)).toContain('看不懂的开放时间：“看心情”')
    expect(reason(8)).toContain('不认识的设施：按摩椅')
    expect(reason(9)).toContain('与第 2 行是同一个驿站')
    expect(reason(10)).toBe('不认识的坐标系“CGCS-84”（WGS-84、GCJ-02 或 BD-09）')
  })

  it('writes nothing at all when any row is bad, and says which', async () => {
    const res = await cloud.call('imports.applyStations', { source: list }, ADMIN)
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe('INVALID_INPUT')
    expect(res.error.message).toContain('有 7 行有问题，没有写入任何数据')
    expect(res.error.message).toContain('第 3 行：缺少名称')
    expect(await cloud.store.find('stations', {})).toEqual([])
  })

  it('refuses a file without a required column, naming it', async () => {
    const res = await cloud.call('imports.previewStations', { source: csv(['名称,地址,纬度,开放时间', '站,地址,31.2,24小时']) }, ADMIN)
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!res.ok) expect(res.error.message).toContain('缺少列：经度')
  })

  it('is for 街道管理员 only', async () => {
    for (const who of [STAFF, RIDER]) {
      const res = await cloud.call('imports.applyStations', { source: list }, who)
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await cloud.store.find('stations', {})).toEqual([])
  })
})

describe('importing again with changes', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await emptyCloud()
  })
  afterAll(() => cloud?.stop())

  it('updates a changed row, keeps what staff set, and matches by name + address when there is no 编号', async () => {
    const first = csv([
      HEADER,
      ',路口驿站,长宁区新华路 9 号,长宁区,31.2049,121.4251,GCJ-02,每天 8:00-20:00,饮水,,',
      'b-2,二号站,长宁区新华路 10 号,长宁区,31.205,121.425,GCJ-02,24小时,,,',
    ])
    await cloud.callOk('imports.applyStations', { source: first }, ADMIN)
    const [stored] = await cloud.store.find('stations', { name: '路口驿站' })
    await cloud.store.update(
      'stations',
      { _id: stored._id },
      { $set: { status: 'suspended', closure: { reason: '饮水机维修', expectedReopenAt: null, since: NOON } } },
    )
    const second = csv([
      HEADER,
      ',路口驿站,长宁区新华路9号,长宁区,31.2049,121.4251,GCJ-02,每天 8:00-21:00,饮水、充电,,',
      'b-2,二号站,长宁区新华路 10 号,长宁区,31.205,121.425,GCJ-02,24小时,,,',
    ])
    const preview = await cloud.callOk('imports.previewStations', { source: second }, ADMIN)
    expect(preview).toMatchObject({ toAdd: 0, toUpdate: 1, toSkip: 1, changes: [{ line: 2, action: 'update', name: '路口驿站' }] })
    await cloud.callOk('imports.applyStations', { source: second }, ADMIN)
    const after = await cloud.store.find('stations', {})
    expect(after).toHaveLength(2)
    const updated = after.find((s) => s._id === stored._id)!
    expect(updated).toMatchObject({
      status: 'suspended',
      closure: { reason: '饮水机维修' },
      amenities: ['water', 'charging'],
      hours: { periods: [{ open: '08:00', close: '21:00' }] },
    })
  })

  it('reads the file from cloud storage by its fileID', async () => {
    const upload = await fetch(`${cloud.url}/_local/storage/upload-from-client?cloudPath=${encodeURIComponent('imports/gcj02.xlsx')}`, {
      method: 'POST',
      headers: { 'x-wx-openid': ADMIN },
      body: readFileSync(path.join(SAMPLES, 'stations-gcj02.xlsx')),
    })
    const { fileID } = (await upload.json()) as { fileID: string }
    const report = await cloud.callOk('imports.previewStations', { source: { fileID, fileName: 'stations-gcj02.xlsx' } }, ADMIN)
    expect(report).toMatchObject({ format: 'xlsx', rowsRead: demoStations.length, toAdd: demoStations.length })
    const missing = await cloud.call('imports.previewStations', { source: { fileID: `${fileID}-gone`, fileName: 'x.xlsx' } }, ADMIN)
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('holidays in the open-now search', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await emptyCloud()
    const list = csv([
      HEADER,
      'h-1,政务驿站,长宁区新华路 20 号,长宁区,31.2049,121.4251,GCJ-02,周一至周五 9:00-17:00；法定节假日休息；调休上班日按工作日时间,,,',
      'h-2,商场驿站,长宁区新华路 21 号,长宁区,31.2052,121.4255,GCJ-02,周一至周五 9:00-17:00,,,',
    ])
    await cloud.callOk('imports.applyStations', { source: list }, ADMIN)
  })
  afterAll(() => cloud?.stop())

  const openNames = async (at: string) => {
    cloud.setNow(new Date(at))
    const { stations } = await nearby(cloud, { lat: 31.2049, lng: 121.4251, openNow: true })
    return stations.map((s) => s.name).sort()
  }

  it('leaves out a station closed on public holidays on 10月1日 (a Thursday)', async () => {
    expect(await openNames('2026-10-01T10:00:00+08:00')).toEqual(['商场驿站'])
  })

  it('lists it on the make-up working Saturday 10月10日, by its weekday hours', async () => {
    expect(await openNames('2026-10-10T10:00:00+08:00')).toEqual(['政务驿站'])
    expect(await openNames('2026-11-28T10:00:00+08:00')).toEqual([]) // an ordinary Saturday
    expect(await openNames('2026-11-27T10:00:00+08:00')).toEqual(['商场驿站', '政务驿站'])
  })
})

describe.each(COORD_SYSTEMS)('the demo block 党群阵地 sample in %s, into an empty environment', (system) => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await emptyCloud()
  })
  afterAll(() => cloud?.stop())

  const file = (ext: 'csv' | 'xlsx') => {
    const fileName = `${positionSampleStem(system)}.${ext}`
    return { fileName, contentBase64: readFileSync(path.join(SAMPLES, fileName)).toString('base64') }
  }

  it('adds every position within 3 m of the seed, and importing it again changes nothing', async () => {
    const seeded = demoPositions(NOON)
    expect(await cloud.callOk('imports.applyPositions', { source: file('csv') }, ADMIN)).toMatchObject({ toAdd: seeded.length, badRowCount: 0, applied: true })
    for (const p of seeded) {
      const at = { lat: p.location.coordinates[1], lng: p.location.coordinates[0] }
      const { positions } = await cloud.callOk('positions.nearby', { ...at, limit: 1 }, RIDER)
      expect(positions[0]).toMatchObject({ name: p.name, hours: p.hours, featured: p.featured })
      expect(haversineM(at, positions[0])).toBeLessThanOrEqual(3)
    }
    const before = await cloud.store.find('positions', {})
    expect(await cloud.callOk('imports.applyPositions', { source: file('xlsx') }, ADMIN)).toMatchObject({ toAdd: 0, toUpdate: 0, toSkip: seeded.length })
    expect(await cloud.store.find('positions', {})).toEqual(before)
  })
})

describe('党群阵地 rows that cannot be imported', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await emptyCloud()
  })
  afterAll(() => cloud?.stop())

  it('reports them by line and writes nothing', async () => {
    const list = csv([
      '名称,地址,纬度,经度,坐标系,开放时间,电话,特色活动',
      '阵地甲,新华路 1 号,31.2,121.4,GCJ-02,每天 9:00-17:00,021-62800000,党课',
      '阵地乙,新华路 2 号,31.2,121.4,GCJ-02,,电话坏了,',
    ])
    const preview = await cloud.callOk('imports.previewPositions', { source: list }, ADMIN)
    expect(preview).toMatchObject({ rowsRead: 2, toAdd: 1, badRowCount: 1 })
    expect(preview.badRows[0].line).toBe(3)
    expect(preview.badRows[0].reason).toContain('缺少开放时间')
    expect(preview.badRows[0].reason).toContain('电话“电话坏了”格式不对')
    expect(await cloud.callUnchecked('imports.applyPositions', { source: list }, ADMIN)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await cloud.store.find('positions', {})).toEqual([])
  })
})
