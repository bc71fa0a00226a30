/** Persist before visible: readers never see a write the journal has not acknowledged, nor one it refused. */
import { Engine, type Persist } from '../../../local-cloud/store/engine'
import { Tables } from '../../../local-cloud/store/tables'
import { config } from './fixtures/collections'

/** An engine whose journal writes wait until the test acknowledges or refuses them, in order. */
function engineWithManualJournal() {
  const queue: Array<{ resolve: () => void; reject: (e: Error) => void }> = []
  const persist: Persist = () => new Promise((resolve, reject) => queue.push({ resolve, reject }))
  const engine = new Engine(new Tables(config), persist, true)
  return {
    engine,
    waiting: () => queue.length,
    acknowledgeNext: () => queue.shift()!.resolve(),
    /** A journal write fails: it and every write queued behind it are refused (journal.ts turns read-only). */
    refuseAll: () => queue.splice(0).forEach((w) => w.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))),
  }
}
const tick = () => new Promise((r) => setImmediate(r))

test('a write is visible to readers only once the journal has it', async () => {
  const { engine, acknowledgeNext } = engineWithManualJournal()
  const insert = engine.insertOne('items', { _id: 'a', n: 1 })
  expect(await engine.find('items')).toEqual([])
  expect(await engine.count('items', { _id: 'a' })).toBe(0)
  acknowledgeNext()
  await insert
  expect(await engine.find('items')).toEqual([{ _id: 'a', n: 1 }])
})

test('readers keep the acknowledged version of a document while a newer write is pending', async () => {
  const { engine, acknowledgeNext } = engineWithManualJournal()
  const insert = engine.insertOne('items', { _id: 'a', n: 1 })
  acknowledgeNext()
  await insert
  const update = engine.update('items', { _id: 'a' }, { $set: { n: 2 } })
  const remove = engine.remove('items', { _id: 'a' })
  await tick()
  expect(await engine.find('items')).toEqual([{ _id: 'a', n: 1 }])
  acknowledgeNext()
  await update
  expect(await engine.find('items', { _id: 'a' })).toEqual([{ _id: 'a', n: 2 }]) // read your own acknowledged write
  acknowledgeNext()
  await remove
  expect(await engine.find('items')).toEqual([])
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
  await tick()
  expect(await engine.find('users', {}, { sort: { _id: 1 } })).toEqual([{ _id: 'u1', phone: '1' }])
  refuseAll()
  for (const write of refused) await expect(write).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringMatching(/ENOSPC/) })
  expect(await engine.find('users', {}, { sort: { _id: 1 } })).toEqual([{ _id: 'u1', phone: '1' }])
  // The unique index is back as it was: phone 2 and 3 are free, phone 1 is taken.
  const again = engine.insertMany('users', [{ _id: 'u2', phone: '2' }, { _id: 'u3', phone: '3' }])
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
