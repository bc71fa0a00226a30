/** The real wx-server-sdk against the local CloudBase API: geo queries and transactions. */
import { startHarness, type Harness } from './sdk-harness'
import { haversineMetres } from '../../../local-cloud/store'

let h: Harness
let db: any
let _: any
beforeAll(async () => {
  h = await startHarness()
  db = h.cloud.database()
  _ = db.command
})
afterAll(() => h.close())

describe('geo', () => {
  const center: [number, number] = [121.47, 31.23]
  const points: Array<[number, number]> = []
  beforeAll(async () => {
    let seed = 7
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let i = 0; i < 60; i++) points.push([center[0] + (rand() - 0.5) * 0.2, center[1] + (rand() - 0.5) * 0.2])
    await db.collection('places').add({ data: points.map((p, i) => ({ _id: `p${i}`, i, loc: db.Geo.Point(p[0], p[1]) })) })
  })
  const byDistance = (max = Infinity) =>
    points
      .map((p, i) => ({ id: `p${i}`, d: haversineMetres(center, p) }))
      .filter((x) => x.d <= max)
      .sort((a, b) => a.d - b.d)

  test('aggregate geoNear orders like brute-force haversine', async () => {
    const res = await db
      .collection('places')
      .aggregate()
      .geoNear({ near: db.Geo.Point(...center), distanceField: 'dist', spherical: true, maxDistance: 6000, query: { i: _.gte(0) } })
      .limit(1000)
      .end()
    const expected = byDistance(6000)
    expect(res.list.map((d: any) => d._id)).toEqual(expected.map((x) => x.id))
    res.list.forEach((d: any, k: number) => expect(d.dist).toBeCloseTo(expected[k].d, 3))
    expect(res.list[0].loc).toEqual({ type: 'Point', coordinates: points[Number(res.list[0]._id.slice(1))] }) // aggregate returns raw GeoJSON, as the SDK does
  })

  test('where with _.geoNear sorts by distance and honours maxDistance', async () => {
    const res = await db
      .collection('places')
      .where({ loc: _.geoNear({ geometry: db.Geo.Point(...center), maxDistance: 4000, minDistance: 500 }) })
      .limit(100)
      .get()
    const expected = byDistance(4000).filter((x) => x.d >= 500)
    expect(res.data.map((d: any) => d._id)).toEqual(expected.map((x) => x.id))
  })

  test('geoWithin a polygon and a centerSphere', async () => {
    const [x0, y0, x1, y1] = [121.45, 31.2, 121.5, 31.26]
    const ring = [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ].map(([a, b]) => db.Geo.Point(a, b))
    const polygon = db.Geo.Polygon([db.Geo.LineString(ring)])
    const res = await db
      .collection('places')
      .where({ loc: _.geoWithin({ geometry: polygon }) })
      .limit(100)
      .get()
    const inside = points.map((p, i) => ({ p, id: `p${i}` })).filter(({ p }) => p[0] > x0 && p[0] < x1 && p[1] > y0 && p[1] < y1)
    expect(res.data.map((d: any) => d._id).sort()).toEqual(inside.map((x) => x.id).sort())
    const circle = await db
      .collection('places')
      .where({ loc: _.geoWithin({ centerSphere: [db.Geo.Point(...center), 3000 / 6378100] }) })
      .count()
    expect(circle.total).toBe(byDistance(3000).length)
  })
})

describe('transactions', () => {
  beforeAll(() => db.collection('items').add({ data: { _id: 'counter', n: 0 } }))

  test('runTransaction commits reads-your-writes', async () => {
    const result = await db.runTransaction(async (t: any) => {
      await t
        .collection('items')
        .doc('counter')
        .update({ data: { n: _.inc(5) } })
      const { data } = await t.collection('items').doc('counter').get()
      await t.collection('items').add({ data: { _id: 'made-in-tx', seen: data.n } })
      return data.n
    })
    expect(result).toBe(5)
    expect((await db.collection('items').doc('made-in-tx').get()).data.seen).toBe(5)
  })

  test('transaction.rollback discards the writes and rejects with its reason', async () => {
    await expect(
      db.runTransaction(async (t: any) => {
        await t
          .collection('items')
          .doc('counter')
          .update({ data: { n: _.inc(100) } })
        await t.rollback('nope')
      }),
    ).rejects.toBe('nope')
    expect((await db.collection('items').doc('counter').get()).data.n).toBe(5)
  })

  test('20 concurrent read-modify-write transactions: each either commits its +1 or fails with -501001, never a lost update', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        db.runTransaction(async (t: any) => {
          const { data } = await t.collection('items').doc('counter').get()
          await t
            .collection('items')
            .doc('counter')
            .set({ data: { n: data.n + 1 } })
        }),
      ),
    )
    const committed = outcomes.filter((o) => o.status === 'fulfilled').length
    expect(committed).toBeGreaterThanOrEqual(1)
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason.errCode).toBe(-501001)
    expect((await db.collection('items').doc('counter').get()).data.n).toBe(5 + committed)
  })

  test('a write outside after the snapshot fails the transaction at its write; wx-server-sdk does not retry it', async () => {
    const before = (await db.collection('items').doc('counter').get()).data.n
    let attempts = 0
    const failure = await db
      .runTransaction(async (t: any) => {
        attempts++
        const { data } = await t.collection('items').doc('counter').get()
        await db
          .collection('items')
          .doc('counter')
          .update({ data: { n: _.inc(1000) } })
        await t
          .collection('items')
          .doc('counter')
          .update({ data: { n: data.n + 1 } })
      })
      .catch((e: any) => e)
    expect(attempts).toBe(1)
    expect(failure).toMatchObject({ errCode: -501001 })
    expect(failure.code).toBeUndefined()
    expect((await db.collection('items').doc('counter').get()).data.n).toBe(before + 1000)
  })

  test('where() queries inside a transaction are refused', async () => {
    await expect(db.runTransaction((t: any) => t.collection('items').where({ n: 1 }).get())).rejects.toThrow(/where\(\) query is not allowed in a transaction/)
  })
})
