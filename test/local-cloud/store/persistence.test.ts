/** The journaled store across restarts: clean close, torn journal tail, kill -9. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createStore } from '../../../local-cloud/store'
import { config } from './fixtures/collections'

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'store-restart-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('everything survives close and reopen, types included', async () => {
  const s1 = await createStore({ dataDir: dir, collections: config })
  await s1.insertMany('users', [{ _id: 'u1', phone: '1', at: new Date(5), n: 1.5, tags: ['a'] }, { _id: 2, phone: '2' }])
  await s1.update('users', { _id: 'u1' }, { $inc: { n: 1 } })
  await s1.remove('users', { _id: 2 })
  await s1.createCollection('extra')
  const t = s1.startTransaction()
  await t.insert('users', { _id: 'u3', phone: '3' })
  await t.commit()
  await s1.close()

  const s2 = await createStore({ dataDir: dir, collections: config })
  expect(await s2.find('users', {}, { sort: { _id: 1 } })).toEqual([
    { _id: 'u1', phone: '1', at: new Date(5), n: 2.5, tags: ['a'] },
    { _id: 'u3', phone: '3' },
  ])
  expect(s2.hasCollection('extra')).toBe(true)
  await expect(s2.insertOne('users', { phone: '1' })).rejects.toThrow(/phone_unique/) // indexes rebuilt
  await s2.close()
})

test('a torn last journal line is ignored', async () => {
  const s1 = await createStore({ dataDir: dir, collections: config })
  await s1.insertOne('items', { _id: 'ok' })
  // Simulate a crash mid-append: no close, then half a line at the end of the journal.
  appendFileSync(path.join(dir, 'journal.jsonl'), '{"ops":[{"c":"items","id":"torn","d":{"_id":"to')
  const s2 = await createStore({ dataDir: dir, collections: config })
  expect((await s2.find('items')).map((d) => d._id)).toEqual(['ok'])
  await s2.insertOne('items', { _id: 'after' })
  await s2.close()
  await s1.close()
  const s3 = await createStore({ dataDir: dir, collections: config })
  expect((await s3.find('items', {}, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['after', 'ok'])
  await s3.close()
})

test('a corrupt line in the middle of the journal fails the open loudly', async () => {
  appendFileSync(path.join(dir, 'journal.jsonl'), 'garbage\n{"ops":[]}\n')
  await expect(createStore({ dataDir: dir })).rejects.toThrow(/corrupt journal/)
})

test('every acknowledged write survives kill -9', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/crash-writer.ts'), dir], {
    cwd: path.resolve(__dirname, '../../..'),
  })
  let out = ''
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d) => (out += d))
    child.stdout.on('data', (d) => {
      out += d
      if (out.split('\n').length > 10) resolve()
    })
    child.on('exit', () => reject(new Error(`writer exited early: ${out}`)))
  })
  child.kill('SIGKILL')
  await new Promise((r) => child.once('close', r))
  const acked = out.trim().split('\n').map(Number)
  const store = await createStore({ dataDir: dir })
  const ids = new Set((await store.find('items', {}, { limit: 1e9 })).map((d) => d._id))
  for (const i of acked) for (let j = 0; j < 50; j++) expect(ids.has(`${i}-${j}`)).toBe(true)
  await store.close()
  expect(readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')).toBe('') // compacted on open
}, 30_000)
