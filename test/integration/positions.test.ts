import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { haversineM } from '../helpers/haversine'
import type { PositionView } from '../../types/positions'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

const HERE = { lat: 31.2012, lng: 121.432 }

async function nearest(limit?: number): Promise<PositionView[]> {
  const res = await cloud.call('positions.nearby', { ...HERE, ...(limit ? { limit } : {}) }, 'demo-merchant')
  if (!res.ok) throw new Error(res.error.message)
  return res.data.positions
}

it('the contact card lists the three seeded positions nearest first, with hours and featured activities', async () => {
  const positions = await nearest()
  expect(positions).toHaveLength(3)
  expect(positions[0]).toMatchObject({ id: 'pos-xinhua-02', featured: expect.arrayContaining(['幸福加油站']), hours: expect.any(String) })
  const distances = positions.map((p) => p.distanceM ?? -1)
  expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  for (const p of positions) expect(Math.abs((p.distanceM ?? 0) - haversineM(HERE, p))).toBeLessThanOrEqual(1)
})

it('staff add, edit and remove a position; others may not', async () => {
  const data = { name: '华山路党群微站', address: '华山路 1520 号', lat: 31.2013, lng: 121.4321, hours: '每天 09:00–18:00', featured: ['健康讲座'] }
  expect(await cloud.call('positions.save', data, 'demo-merchant')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const saved = await cloud.call('positions.save', data, 'demo-staff')
  if (!saved.ok) throw new Error(saved.error.message)
  expect((await nearest(1))[0].id).toBe(saved.data.id)
  await cloud.call('positions.save', { ...data, id: saved.data.id, featured: ['健康讲座', '义诊'] }, 'demo-staff')
  expect((await nearest(1))[0].featured).toEqual(['健康讲座', '义诊'])
  await cloud.call('positions.remove', { id: saved.data.id }, 'demo-staff')
  expect((await nearest(1))[0].id).toBe('pos-xinhua-02')
})

it('bad input is INVALID_INPUT', async () => {
  expect(await cloud.callUnchecked('positions.nearby', { lat: 'x', lng: 121 }, 'demo-merchant')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await cloud.callUnchecked('positions.save', { name: '', address: 'a', lat: 1, lng: 1, hours: 'h', featured: [] }, 'demo-staff')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})
