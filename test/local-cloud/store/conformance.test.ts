/** The same behaviours, against the memory store and the journaled store. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createMemoryStore, createStore, type Storage } from '../../../local-cloud/store'
import { config } from './fixtures/collections'

const dirs: string[] = []
const impls: Array<[string, () => Promise<Storage>]> = [
  ['memory', async () => createMemoryStore({ collections: config })],
  // The bench's untuned baseline (local-cloud/tuning.ts) compiles every query anew: the same answers either way.
  ['memory, no query cache', async () => createMemoryStore({ collections: config, cacheQueries: false })],
  [
    'journaled',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'store-'))
      dirs.push(dir)
      return createStore({ dataDir: dir, collections: config })
    },
  ],
]
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

describe.each(impls)('%s store', (_name, open) => {
  let s: Storage
  beforeEach(async () => (s = await open()))
  afterEach(async () => s.close())

  test('insert, find with query, sort, skip, limit, projection', async () => {
    const ids = await s.insertMany(
      'items',
      [1, 5, 3, 4, 2].map((n) => ({ n, tag: n % 2 ? 'odd' : 'even', at: new Date(n) })),
    )
    expect(ids).toHaveLength(5)
    expect(await s.isEmpty()).toBe(false)
    const odd = await s.find('items', { tag: 'odd' }, { sort: { n: -1 }, skip: 1, limit: 1, projection: { n: 1, _id: 0 } })
    expect(odd).toEqual([{ n: 3 }])
    expect((await s.find('items', { at: { $gte: new Date(4) } })).map((d) => d.n).sort()).toEqual([4, 5])
    expect(await s.count('items', { n: { $in: [1, 2, 9] } })).toBe(2)
  })

  test('returned documents are copies', async () => {
    await s.insertOne('items', { _id: 'a', nested: { x: 1 } })
    const [doc] = await s.find('items', { _id: 'a' })
    ;(doc.nested as any).x = 99
    expect((await s.find('items', { _id: 'a' }))[0].nested).toEqual({ x: 1 })
  })

  test('update operators, multi, conditional update, upsert, replace, remove', async () => {
    await s.insertMany('items', [
      { _id: 'a', n: 1, list: [1] },
      { _id: 'b', n: 2 },
    ])
    expect(await s.update('items', { _id: 'a' }, { $inc: { n: 2 }, $push: { list: { $each: [2, 3] } }, $set: { 'deep.x': 1 } })).toMatchObject({ modified: 1 })
    expect((await s.find('items', { _id: 'a' }))[0]).toEqual({ _id: 'a', n: 3, list: [1, 2, 3], deep: { x: 1 } })
    expect((await s.update('items', { _id: 'a', n: { $lt: 3 } }, { $inc: { n: 1 } })).modified).toBe(0)
    expect((await s.update('items', {}, { $unset: { n: '' } }, { multi: false })).modified).toBe(1)
    expect((await s.update('items', { _id: 'z', k: 7 }, { $set: { v: 1 } }, { upsert: true })).upsertedId).toBe('z')
    expect((await s.find('items', { _id: 'z' }))[0]).toEqual({ _id: 'z', k: 7, v: 1 })
    expect(await s.replace('items', 'b', { only: true })).toMatchObject({ modified: 1 })
    expect((await s.find('items', { _id: 'b' }))[0]).toEqual({ _id: 'b', only: true })
    expect((await s.replace('items', 'c', { x: 1 }, { upsert: true })).upsertedId).toBe('c')
    expect(await s.remove('items', { _id: { $in: ['a', 'b'] } })).toBe(2)
    expect(await s.count('items')).toBe(2)
  })

  test('unknown operators and collections fail loudly', async () => {
    await expect(s.find('items', { n: { $bogus: 1 } })).rejects.toThrow(/\$bogus/)
    await expect(s.update('items', {}, { $bogus: { n: 1 } })).rejects.toThrow(/\$bogus/)
    await expect(s.find('nope')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })

  test('duplicate _id and unique index violations', async () => {
    await s.insertOne('users', { _id: 'u1', phone: '1' })
    await expect(s.insertOne('users', { _id: 'u1', phone: '2' })).rejects.toThrow(/E11000 duplicate key.*_id_/)
    await expect(s.insertOne('users', { _id: 'u2', phone: '1' })).rejects.toThrow(/E11000 duplicate key.*phone_unique/)
    await expect(s.insertMany('users', [{ phone: '3' }, { phone: '3' }])).rejects.toThrow(/duplicate key/)
    expect(await s.count('users')).toBe(1) // the failed batch left nothing behind
    await s.insertOne('users', { _id: 'u3', phone: '3' })
    await expect(s.update('users', { _id: 'u3' }, { $set: { phone: '1' } })).rejects.toThrow(/phone_unique/)
    await s.update('users', { _id: 'u1' }, { $set: { phone: '9' } })
    await s.insertOne('users', { phone: '1' }) // the old key was freed
  })

  test('geo: $nearSphere sorts by distance, $geoWithin, $geoNear, index required', async () => {
    const pt = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] })
    await s.insertMany('places', [
      { _id: 'far', loc: pt(121.5, 31.3) },
      { _id: 'near', loc: pt(121.401, 31.2) },
      { _id: 'mid', loc: pt(121.42, 31.21) },
    ])
    const near = await s.find('places', { loc: { $nearSphere: { $geometry: pt(121.4, 31.2), $maxDistance: 5000 } } })
    expect(near.map((d) => d._id)).toEqual(['near', 'mid'])
    const box = {
      type: 'Polygon',
      coordinates: [
        [
          [121.3, 31.1],
          [121.45, 31.1],
          [121.45, 31.25],
          [121.3, 31.25],
          [121.3, 31.1],
        ],
      ],
    }
    expect((await s.find('places', { loc: { $geoWithin: { $geometry: box } } })).map((d) => d._id).sort()).toEqual(['mid', 'near'])
    expect(await s.count('places', { loc: { $geoWithin: { $centerSphere: [[121.4, 31.2], 500 / 6378100] } } })).toBe(1)
    const agg = await s.aggregate('places', [{ $geoNear: { near: pt(121.4, 31.2), distanceField: 'd', spherical: true, query: { _id: { $ne: 'near' } } } }])
    expect(agg.map((d) => d._id)).toEqual(['mid', 'far'])
    expect(agg[0].d as number).toBeGreaterThan(2000)
    await expect(s.aggregate('places', [{ $match: {} }, { $geoNear: { near: pt(0, 0), distanceField: 'd' } }])).rejects.toThrow(/first stage/)
    await expect(s.find('items', { loc: { $nearSphere: { $geometry: pt(0, 0) } } })).rejects.toThrow(/2dsphere index/)
  })

  test('transactions: own writes visible, commit, abort, conflicts, where-free', async () => {
    await s.insertOne('items', { _id: 'c', n: 0 })
    const t = s.startTransaction()
    await t.update('items', 'c', { $inc: { n: 1 } })
    expect((await t.get('items', 'c'))!.n).toBe(1)
    expect((await s.find('items', { _id: 'c' }))[0].n).toBe(0) // isolated until commit
    await t.insert('items', { _id: 'd' })
    await t.commit()
    expect((await s.find('items', { _id: 'c' }))[0].n).toBe(1)
    expect(await s.count('items', { _id: 'd' })).toBe(1)

    const a = s.startTransaction()
    await a.remove('items', 'c')
    await a.abort()
    expect(await s.count('items', { _id: 'c' })).toBe(1)

    // Snapshot isolation (node-sdk transaction.test.ts "读偏"): a write outside after the snapshot makes
    // the transaction's own write of that document fail at the write, and the transaction is over.
    const b = s.startTransaction()
    await b.get('items', 'c')
    await s.update('items', { _id: 'c' }, { $inc: { n: 10 } })
    expect((await b.get('items', 'c'))!.n).toBe(1) // still the snapshot
    await expect(b.update('items', 'c', { $inc: { n: 1 } })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    await expect(b.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    expect((await s.find('items', { _id: 'c' }))[0].n).toBe(11)
  })

  test('a dotted update under null, a scalar or an array is refused as MongoDB refuses it', async () => {
    await s.insertOne('items', { _id: 'p', r: null, s: 'x', arr: [1], o: {} })
    const refused = (update: Record<string, unknown>, message: string) =>
      expect(s.update('items', { _id: 'p' }, update)).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringContaining(message) })
    await refused({ $set: { 'r.x': 1 } }, "Cannot create field 'x' in element {r: null}")
    await refused({ $inc: { 's.n': 1 } }, 'Cannot create field \'n\' in element {s: "x"}')
    await refused({ $set: { 'arr.k': 1 } }, "Cannot create field 'k' in element {arr: [ ... ]}")
    await refused({ $push: { r: 1 } }, "The field 'r' must be an array but is of type null")
    await refused({ $inc: { s: 1 } }, 'Cannot apply $inc to a value of non-numeric type')
    expect((await s.find('items', { _id: 'p' }))[0]).toEqual({ _id: 'p', r: null, s: 'x', arr: [1], o: {} })
    await s.update('items', { _id: 'p' }, { $set: { 'o.a.b': 1, 'arr.0': 2, r: { x: 1 } } }) // missing parents are created
    expect((await s.find('items', { _id: 'p' }))[0]).toEqual({ _id: 'p', r: { x: 1 }, s: 'x', arr: [2], o: { a: { b: 1 } } })
  })

  test('the second transaction to write a document fails at once; the first commits', async () => {
    await s.insertOne('items', { _id: 'k', n: 0 })
    const t1 = s.startTransaction()
    const t2 = s.startTransaction()
    expect((await t1.get('items', 'k'))!.n).toBe(0) // reads take no locks
    expect((await t2.get('items', 'k'))!.n).toBe(0)
    await t1.update('items', 'k', { $inc: { n: 1 } })
    await expect(t2.update('items', 'k', { $inc: { n: 1 } })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    await t1.commit()
    expect((await s.find('items', { _id: 'k' }))[0].n).toBe(1)
  })

  test('write skew is allowed: transactions writing different documents both commit', async () => {
    await s.insertMany('items', [
      { _id: 'x', v: 1 },
      { _id: 'y', v: 2 },
    ])
    const t1 = s.startTransaction()
    const t2 = s.startTransaction()
    const x = await t1.get('items', 'x')
    const y = await t2.get('items', 'y')
    await t1.update('items', 'y', { $set: { v: x!.v } })
    await t2.update('items', 'x', { $set: { v: y!.v } })
    await t1.commit()
    await t2.commit()
    expect((await s.find('items', {}, { sort: { _id: 1 } })).map((d) => d.v)).toEqual([2, 1])
  })

  test('a write outside transactions waits until the transaction holding the document ends', async () => {
    await s.insertOne('items', { _id: 'w', n: 0 })
    const t = s.startTransaction()
    await t.update('items', 'w', { $inc: { n: 1 } })
    let outsideDone = false
    const outside = s.update('items', { _id: 'w' }, { $inc: { n: 10 } }).then(() => (outsideDone = true))
    await new Promise((r) => setTimeout(r, 20))
    expect(outsideDone).toBe(false)
    await t.commit()
    await outside
    expect((await s.find('items', { _id: 'w' }))[0].n).toBe(11)
  })

  test('a transaction past its lifetime is gone: operations fail with TransactionNotExist', async () => {
    const short = createMemoryStore({ collections: config, transactionLifetimeMs: 30 })
    await short.insertOne('items', { _id: 'z' })
    const t = short.startTransaction()
    await t.update('items', 'z', { $set: { a: 1 } })
    await new Promise((r) => setTimeout(r, 60))
    await expect(t.get('items', 'z')).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: expect.stringContaining('TransactionNotExist') })
    await short.update('items', { _id: 'z' }, { $set: { b: 1 } }) // its document is free again
    expect(await short.find('items', { _id: 'z' })).toEqual([{ _id: 'z', b: 1 }])
    await short.close()
  })

  test('1000 concurrent writes', async () => {
    await Promise.all(Array.from({ length: 1000 }, (_, i) => s.insertOne('items', { i })))
    expect(await s.count('items')).toBe(1000)
  })
})
