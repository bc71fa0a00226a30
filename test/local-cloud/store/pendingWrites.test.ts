/** Persist before visible: readers never see a write the journal has not acknowledged, nor one it refused, yet see every write made before they began. */
import { Engine, type Persist } from '../../../local-cloud/store/engine'
import { Tables } from '../../../local-cloud/store/tables'
import { config } from './fixtures/collections'

/** An engine whose journal writes wait until the test acknowledges or refuses them, in order. */
function engineWithManualJournal() {
  const queue: Array<{ resolve: () => void; reject: (e: Error) => void }> = []
  const persist: Persist = () => new Promise((resolve, reject) => queue.push({ resolve, reject }))
  const engine = new Engine(new Tables(config), persist, true, {})
  return {
    engine,
    waiting: () => queue.length,
    acknowledgeNext: () => queue.shift()!.resolve(),
    /** A journal write fails: it and every write queued behind it are refused (journal.ts turns read-only). */
    refuseAll: () => queue.splice(0).forEach((w) => w.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))),
  }
}
const tick = () => new Promise((r) => setImmediate(r))

/** A promise's state without waiting for it. */
async function settledYet(p: Promise<unknown>): Promise<boolean> {
  let done = false
  void p.then(
    () => (done = true),
    () => (done = true),
  )
  await tick()
  return done
}

test('a read waits for the writes applied before it began, and sees them once the journal has them', async () => {
  const { engine, acknowledgeNext } = engineWithManualJournal()
  const insert = engine.insertOne('items', { _id: 'a', n: 1 })
  const read = engine.find('items')
  const counted = engine.count('items', { _id: 'a' })
  expect(await settledYet(read)).toBe(false)
  acknowledgeNext()
  await insert
  expect(await read).toEqual([{ _id: 'a', n: 1 }])
  expect(await counted).toBe(1)
})

test('a write applied after a read began is hidden from that read until the journal has it', async () => {
  const { engine, acknowledgeNext } = engineWithManualJournal()
  const first = engine.insertOne('items', { _id: 'a' })
  const read = engine.find('items', {}, { sort: { _id: 1 } })
  const later = [engine.insertOne('items', { _id: 'b' }), engine.update('items', { _id: 'a' }, { $set: { late: true } })]
  await tick()
  acknowledgeNext()
  await first
  expect(await read).toEqual([{ _id: 'a' }])
  acknowledgeNext()
  acknowledgeNext()
  await Promise.all(later)
  expect(await engine.find('items', {}, { sort: { _id: 1 } })).toEqual([{ _id: 'a', late: true }, { _id: 'b' }])
})

test('an insert refused as a duplicate of a pending insert can then read the document it collided with', async () => {
  const { engine, acknowledgeNext } = engineWithManualJournal()
  const first = engine.insertOne('items', { _id: 'me', n: 1 })
  await expect(engine.insertOne('items', { _id: 'me', n: 2 })).rejects.toThrow(/E11000/)
  const read = engine.find('items', { _id: 'me' })
  acknowledgeNext()
  await first
  expect(await read).toEqual([{ _id: 'me', n: 1 }])
})

test('writers still see pending writes, so a conditional update cannot oversell', async () => {
  const { engine, acknowledgeNext, waiting } = engineWithManualJournal()
  const insert = engine.insertOne('items', { _id: 'event', seats: 0 })
  acknowledgeNext()
  await insert
  const claims = [1, 2, 3].map(() => engine.update('items', { _id: 'event', seats: { $lt: 1 } }, { $inc: { seats: 1 } }))
  await tick()
  expect(waiting()).toBe(1) // only the first claim changed anything
  acknowledgeNext()
  expect((await Promise.all(claims)).map((r) => r.modified)).toEqual([1, 0, 0])
})

test('a refused write is undone, with every write queued behind it, and was never visible', async () => {
  const { engine, acknowledgeNext, refuseAll } = engineWithManualJournal()
  const insert = engine.insertMany('users', [{ _id: 'u1', phone: '1' }])
  acknowledgeNext()
  await insert
  const refused = [
    engine.insertOne('users', { _id: 'u2', phone: '2' }),
    engine.update('users', { _id: 'u1' }, { $set: { phone: '3' } }),
    engine.remove('users', { _id: 'u1' }),
  ]
  const readDuring = engine.find('users', {}, { sort: { _id: 1 } })
  await tick()
  refuseAll()
  for (const write of refused) await expect(write).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringMatching(/ENOSPC/) })
  expect(await readDuring).toEqual([{ _id: 'u1', phone: '1' }])
  expect(await engine.find('users', {}, { sort: { _id: 1 } })).toEqual([{ _id: 'u1', phone: '1' }])
  // The unique index is back as it was: phone 2 and 3 are free, phone 1 is taken.
  const again = engine.insertMany('users', [
    { _id: 'u2', phone: '2' },
    { _id: 'u3', phone: '3' },
  ])
  acknowledgeNext()
  await again
  await expect(engine.insertOne('users', { _id: 'u4', phone: '1' })).rejects.toThrow(/E11000/)
})

test('a transaction reading a document with a pending write waits for the journal', async () => {
  const { engine, acknowledgeNext } = engineWithManualJournal()
  const insert = engine.insertOne('items', { _id: 'a', n: 1 })
  const tx = engine.startTransaction()
  let read: unknown = 'not yet'
  const get = tx.get('items', 'a').then((doc) => (read = doc))
  await tick()
  expect(read).toBe('not yet')
  acknowledgeNext()
  await insert
  await get
  expect(read).toEqual({ _id: 'a', n: 1 })
  await tx.abort()
})
