// The functions' transaction helpers against errors as the real wx-server-sdk raises them (local CloudBase API).
import { startHarness, type Harness } from '@/test/local-cloud/cloudbase-api/sdk-harness'

let h: Harness
let db: any
let helpers: typeof import('@/cloudfunctions/api/core/transaction')
beforeAll(async () => {
  h = await startHarness()
  db = h.cloud.database()
  // After the harness: core/cloud.ts initialises the SDK at import, against the harness's environment.
  helpers = await import('@/cloudfunctions/api/core/transaction')
  await db.collection('items').add({ data: [{ _id: 'tx-a', n: 0 }] })
})
afterAll(() => h.close())

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e) => e,
  )

it('"not found" is the SDK\'s does-not-exist error, and getOrNull answers null for it only', async () => {
  const missing = await rejection(db.collection('items').doc('nope').get())
  expect(helpers.isNotFound(missing)).toBe(true)
  expect(helpers.isWriteConflict(missing)).toBe(false)
  expect(await helpers.getOrNull(db.collection('items').doc('nope'))).toBeNull()
  expect(await helpers.getOrNull(db.collection('items').doc('tx-a'))).toMatchObject({ n: 0 })
  // Any other failure is an error, not an empty record.
  await expect(helpers.getOrNull(db.collection('no_such_collection').doc('x'))).rejects.toMatchObject({ errCode: -502005 })
})

it('a write conflict is recognised from -501001 and its message, and getOrNull does not swallow it', async () => {
  const t1 = await db.startTransaction()
  const t2 = await db.startTransaction()
  await t1
    .collection('items')
    .doc('tx-a')
    .update({ data: { n: 1 } })
  const conflict = await rejection(
    t2
      .collection('items')
      .doc('tx-a')
      .update({ data: { n: 2 } }),
  )
  await t1.commit()
  expect(conflict).toMatchObject({ errCode: -501001 })
  expect(helpers.isWriteConflict(conflict)).toBe(true)
  expect(helpers.isNotFound(conflict)).toBe(false)
  await expect(helpers.getOrNull({ get: () => Promise.reject(conflict) })).rejects.toBe(conflict)
})

it('runTransaction runs the work again after losing a write conflict', async () => {
  let attempts = 0
  const result = await helpers.runTransaction(async (t) => {
    attempts++
    const { data } = (await t.collection('items').doc('tx-a').get()) as { data: { n: number } }
    if (attempts === 1)
      await db
        .collection('items')
        .doc('tx-a')
        .update({ data: { n: 100 } }) // someone else, meanwhile
    await t
      .collection('items')
      .doc('tx-a')
      .update({ data: { n: data.n + 1 } })
    return data.n + 1
  })
  expect(attempts).toBe(2)
  expect(result).toBe(101)
  expect((await db.collection('items').doc('tx-a').get()).data.n).toBe(101)
})

it('runTransaction gives up with CONFLICT after its attempts, and passes other errors through', async () => {
  let attempts = 0
  const failure = await rejection(
    helpers.runTransaction(async (t) => {
      attempts++
      await t.collection('items').doc('tx-a').get()
      await db
        .collection('items')
        .doc('tx-a')
        .update({ data: { n: attempts } })
      await t
        .collection('items')
        .doc('tx-a')
        .update({ data: { n: -1 } })
    }),
  )
  expect(attempts).toBe(helpers.TRANSACTION_ATTEMPTS)
  expect(failure).toMatchObject({ code: 'CONFLICT' })
  await expect(helpers.runTransaction(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
})
