/** The real wx-server-sdk against the local CloudBase API: reads, writes, errors. */
import { startHarness, type Harness } from './sdk-harness'

let h: Harness
let db: any
let _: any
beforeAll(async () => {
  h = await startHarness(async (name, data) => ({ echoed: name, data }))
  db = h.cloud.database()
  _ = db.command
})
afterAll(() => h.close())

test('add, get by id, where/orderBy/skip/limit/field, count', async () => {
  const { _ids: ids } = await db.collection('items').add({ data: [1, 2, 3, 4, 5].map((n) => ({ n, kind: n > 2 ? 'big' : 'small' })) })
  expect(ids).toHaveLength(5)
  const one = await db.collection('items').doc(ids[0]).get()
  expect(one.data).toMatchObject({ _id: ids[0], n: 1 })
  const page = await db.collection('items').where({ kind: 'big' }).orderBy('n', 'desc').skip(1).limit(1).field({ n: true }).get()
  expect(page.data).toEqual([{ _id: ids[3], n: 4 }])
  expect(
    (
      await db
        .collection('items')
        .where({ n: _.gte(2).and(_.lt(5)) })
        .count()
    ).total,
  ).toBe(3)
  expect(
    (
      await db
        .collection('items')
        .where(_.or([{ n: 1 }, { n: 5 }]))
        .get()
    ).data,
  ).toHaveLength(2)
  expect(
    (
      await db
        .collection('items')
        .where({ kind: db.RegExp({ regexp: '^BI', options: 'i' }) })
        .count()
    ).total,
  ).toBe(3)
})

test('update with _.inc, conditional update, set, remove, serverDate', async () => {
  const { _id } = await db
    .collection('items')
    .add({ data: { n: 2, list: [1], at: db.serverDate() } })
    .then((r: any) => ({ _id: r._id }))
  const [doc] = (await db.collection('items').where({ _id }).get()).data
  expect(doc.at).toEqual(h.clock.now)
  await db
    .collection('items')
    .doc(_id)
    .update({ data: { n: _.inc(1), list: _.push(2), gone: _.remove(), when: db.serverDate({ offset: 1000 }) } })
  const after = (await db.collection('items').doc(_id).get()).data
  expect(after).toMatchObject({ n: 3, list: [1, 2], when: new Date(h.clock.now.getTime() + 1000) })
  const cond = () =>
    db
      .collection('items')
      .where({ _id, n: _.lt(4) })
      .update({ data: { n: _.inc(1) } })
  expect((await cond()).stats.updated).toBe(1)
  expect((await cond()).stats.updated).toBe(0)
  await db
    .collection('items')
    .doc(_id)
    .set({ data: { replaced: true } })
  expect((await db.collection('items').doc(_id).get()).data).toEqual({ _id, replaced: true })
  expect(
    (
      await db
        .collection('items')
        .doc('fresh')
        .set({ data: { x: 1 } })
    )._id,
  ).toBe('fresh')
  expect((await db.collection('items').doc(_id).remove()).stats.removed).toBe(1)
  expect(
    (
      await db
        .collection('items')
        .where({ _id: _.in([_id, 'fresh']) })
        .remove()
    ).stats.removed,
  ).toBe(1)
})

test('duplicate _id and unique index violations fail like CloudBase', async () => {
  await db.collection('users').add({ data: { _id: 'dup', phone: '100' } })
  await expect(db.collection('users').add({ data: { _id: 'dup', phone: '101' } })).rejects.toThrow(/E11000 duplicate key/)
  await expect(db.collection('users').add({ data: { phone: '100' } })).rejects.toThrow(/duplicate key.*phone_unique/)
})

test('unsupported operations fail with a message naming them', async () => {
  const point = db.Geo.Point(121.4, 31.2)
  await expect(
    db
      .collection('items')
      .where({ loc: _.geoNear({ geometry: point }) })
      .get(),
  ).rejects.toThrow(/\$nearSphere.*2dsphere index/)
  const near = () => ({ near: db.Geo.Point(121.4, 31.2), distanceField: 'd', spherical: true }) // the SDK mutates it
  await expect(db.collection('places').aggregate().match({}).geoNear(near()).end()).rejects.toThrow(/\$geoNear is only valid as the first stage/)
  await expect(db.collection('items').aggregate().geoNear(near()).end()).rejects.toThrow(/\$geoNear.*2dsphere index/)
  await expect(db.collection('nope').get()).rejects.toThrow(/nope/)
})

test('callFunction reaches the injected function host', async () => {
  const res = await h.cloud.callFunction({ name: 'hello', data: { a: 1 } })
  expect(res.result).toEqual({ echoed: 'hello', data: { a: 1 } })
})

test('unknown actions are refused by name', async () => {
  const { createCloudbaseApi } = require('../../../local-cloud/cloudbase-api')
  const api = createCloudbaseApi({ store: h.store })
  expect(await api.handle({ action: 'database.modifyAndReturnDoc' })).toMatchObject({
    code: 'INVALID_ACTION',
    message: expect.stringContaining('database.modifyAndReturnDoc'),
  })
})
