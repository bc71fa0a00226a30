import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { haversineM } from '../helpers/haversine'
import type { PositionView } from '@/types/positions'

const STAFF = 'pos-staff'
const MERCHANT = 'pos-merchant'
const HERE = { lat: 31.2012, lng: 121.432 }
/** Three positions this suite arranges, about 60 m, 900 m and 1.4 km from HERE. */
const ARRANGED = [
  {
    name: '定西路楼宇党群服务站',
    address: '长宁区定西路 1100 号 3 楼',
    lat: 31.2096,
    lng: 121.4266,
    hours: '周一至周五 09:00–18:00',
    featured: ['午间微党课'],
  },
  {
    name: '番禺路街区党群服务站',
    address: '长宁区番禺路 381 号',
    lat: 31.2013,
    lng: 121.4327,
    hours: '每天 10:00–20:00',
    featured: ['幸福加油站', '创业工坊'],
  },
  {
    name: '新华路街道党群服务中心',
    address: '长宁区新华路 593 弄 1 号',
    lat: 31.2036,
    lng: 121.4186,
    hours: '周一至周六 09:00–17:00',
    featured: ['特色行走党课'],
  },
]
let nearestArrangedId = ''

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  const createdAt = new Date('2026-05-01T09:00:00+08:00')
  await cloud.store.insertMany('users', [
    { _id: STAFF, roles: ['staff'], nickname: '网格员', createdAt },
    { _id: MERCHANT, roles: ['resident', 'merchant'], nickname: '店主', createdAt },
  ])
  const ids = []
  for (const data of ARRANGED) ids.push((await cloud.callOk('positions.save', data, STAFF)).id)
  nearestArrangedId = ids[1]
})
afterAll(() => cloud?.stop())

async function nearest(limit?: number): Promise<PositionView[]> {
  const res = await cloud.call('positions.nearby', { ...HERE, ...(limit ? { limit } : {}) }, MERCHANT)
  if (!res.ok) throw new Error(res.error.message)
  return res.data.positions
}

it('the contact card lists the positions nearest first, with hours and featured activities', async () => {
  const positions = await nearest()
  expect(positions).toHaveLength(3)
  expect(positions[0]).toMatchObject({ id: nearestArrangedId, featured: ['幸福加油站', '创业工坊'], hours: '每天 10:00–20:00' })
  const distances = positions.map((p) => p.distanceM ?? -1)
  expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  for (const p of positions) expect(Math.abs((p.distanceM ?? 0) - haversineM(HERE, p))).toBeLessThanOrEqual(1)
})

it('staff add, edit and remove a position; others may not', async () => {
  const data = { name: '华山路党群微站', address: '华山路 1520 号', lat: 31.2013, lng: 121.4321, hours: '每天 09:00–18:00', featured: ['健康讲座'] }
  expect(await cloud.call('positions.save', data, MERCHANT)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const saved = await cloud.call('positions.save', data, STAFF)
  if (!saved.ok) throw new Error(saved.error.message)
  expect((await nearest(1))[0].id).toBe(saved.data.id)
  await cloud.call('positions.save', { ...data, id: saved.data.id, featured: ['健康讲座', '义诊'] }, STAFF)
  expect((await nearest(1))[0].featured).toEqual(['健康讲座', '义诊'])
  await cloud.call('positions.remove', { id: saved.data.id }, STAFF)
  expect((await nearest(1))[0].id).toBe(nearestArrangedId)
})

it('bad input is INVALID_INPUT', async () => {
  expect(await cloud.callUnchecked('positions.nearby', { lat: 'x', lng: 121 }, MERCHANT)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await cloud.callUnchecked('positions.save', { name: '', address: 'a', lat: 1, lng: 1, hours: 'h', featured: [] }, STAFF)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})
