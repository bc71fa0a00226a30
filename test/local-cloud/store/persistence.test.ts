/** The journaled store across restarts: clean close, torn, cut and corrupt journals, salvage, kill -9. */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createStore } from '../../../local-cloud/store'
import { salvage } from '../../../local-cloud/salvage'
import { config } from './fixtures/collections'

let dir: string
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'store-restart-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('everything survives close and reopen, types included', async () => {
  const s1 = await createStore({ dataDir: dir, collections: config })
  await s1.insertMany('users', [
    { _id: 'u1', phone: '1', at: new Date(5), n: 1.5, tags: ['a'] },
    { _id: 2, phone: '2' },
  ])
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

test('a torn last journal line is dropped and reported with its size', async () => {
  const s1 = await createStore({ dataDir: dir, collections: config })
  await s1.insertOne('items', { _id: 'ok' })
  // Simulate a crash mid-append: no close, then half a line at the end of the journal.
  const torn = '{"ops":[{"c":"items","id":"torn","d":{"_id":"to'
  appendFileSync(path.join(dir, 'journal.jsonl'), torn)
  const warnings: string[] = []
  const s2 = await createStore({ dataDir: dir, collections: config, warn: (m) => warnings.push(m) })
  expect((await s2.find('items')).map((d) => d._id)).toEqual(['ok'])
  expect(warnings).toEqual([expect.stringContaining(`dropped a torn last record (${torn.length} bytes)`)])
  await s2.insertOne('items', { _id: 'after' })
  await s2.close()
  await s1.close()
  const s3 = await createStore({ dataDir: dir, collections: config })
  expect((await s3.find('items', {}, { sort: { _id: 1 } })).map((d) => d._id)).toEqual(['after', 'ok'])
  await s3.close()
})

/** A store whose journal holds `n` acknowledged single-insert records (closed without compaction: killed). */
async function journalOf(n: number): Promise<string> {
  const s1 = await createStore({ dataDir: dir, collections: config })
  for (let i = 0; i < n; i++) await s1.insertOne('items', { _id: `i${i}`, text: `第${i}条` })
  const journal = path.join(dir, 'journal.jsonl')
  await s1.close()
  return journal
}
const idsIn = async (s: Awaited<ReturnType<typeof createStore>>) => (await s.find('items', {}, { limit: 1000 })).map((d) => d._id).sort()

test('a journal cut in the middle of a record keeps every whole record and reports what it dropped', async () => {
  const journal = await journalOf(40)
  const lines = readFileSync(journal, 'utf8').split('\n')
  const keep = Buffer.byteLength(lines.slice(0, 20).join('\n')) + 1 + 15 // 20 whole records and 15 bytes of the 21st
  truncateSync(journal, keep)
  const warnings: string[] = []
  const s2 = await createStore({ dataDir: dir, collections: config, warn: (m) => warnings.push(m) })
  expect(await idsIn(s2)).toEqual(Array.from({ length: 20 }, (_, i) => `i${i}`).sort())
  expect(warnings.join('\n')).toMatch(/dropped a torn last record \(15 bytes\)/)
  await s2.close()
})

test('a corrupt line in the middle of the journal stops the start, naming the file and line, and changes nothing', async () => {
  const journal = await journalOf(5)
  const lines = readFileSync(journal, 'utf8').split('\n')
  lines[2] = lines[2].slice(0, 20) + lines[2].slice(25) // 5 bytes gone from line 3
  writeFileSync(journal, lines.join('\n'))
  const before = readFileSync(journal, 'utf8')
  await expect(createStore({ dataDir: dir, collections: config })).rejects.toThrow(`corrupt record in ${journal} line 3`)
  await expect(createStore({ dataDir: dir, collections: config })).rejects.toThrow(/npm run local-cloud:salvage/)
  expect(readFileSync(journal, 'utf8')).toBe(before)
})

test('bytes changed inside a string are caught by the record checksum', async () => {
  const journal = await journalOf(3)
  writeFileSync(journal, readFileSync(journal, 'utf8').replace('第1条', '第9条'))
  await expect(createStore({ dataDir: dir, collections: config })).rejects.toThrow(/line 2: checksum mismatch/)
})

test('a truncated snapshot stops the start, naming the snapshot file and line', async () => {
  const s1 = await createStore({ dataDir: dir, collections: config })
  await s1.insertMany(
    'items',
    Array.from({ length: 10 }, (_, i) => ({ _id: `i${i}` })),
  )
  await s1.close()
  const s2 = await createStore({ dataDir: dir, collections: config }) // folds the journal into the snapshot
  await s2.close()
  const snapshot = path.join(dir, 'snapshot.jsonl')
  const text = readFileSync(snapshot, 'utf8')
  writeFileSync(snapshot, text.slice(0, text.length - 10))
  const lastLine = text.trimEnd().split('\n').length
  await expect(createStore({ dataDir: dir, collections: config })).rejects.toThrow(`corrupt record in ${snapshot} line ${lastLine}`)
})

test('salvage keeps every other record, and keeps the originals and the bad line aside', async () => {
  const journal = await journalOf(6)
  const lines = readFileSync(journal, 'utf8').split('\n')
  lines[3] = 'garbage'
  writeFileSync(journal, lines.join('\n'))
  const report = await salvage(dir)
  expect(report.kept).toBe(5 + 3) // five inserts, plus the three collections the config declares
  expect(report.dropped).toEqual([expect.objectContaining({ file: journal, line: 4, text: 'garbage' })])
  expect(readFileSync(path.join(report.backupDir!, 'journal.jsonl'), 'utf8')).toBe(lines.join('\n'))
  expect(readFileSync(path.join(report.backupDir!, 'bad-lines.txt'), 'utf8')).toContain('journal.jsonl:4')
  const s2 = await createStore({ dataDir: dir, collections: config })
  expect(await idsIn(s2)).toEqual(['i0', 'i1', 'i2', 'i4', 'i5'])
  await s2.close()
})

test('a journal written before checksums is still read, and rewritten with them', async () => {
  writeFileSync(path.join(dir, 'journal.jsonl'), '{"ops":[{"c":"items","id":"old","d":{"_id":"old","at":{"$date":"2024-01-01T00:00:00Z"}}}]}\n')
  const s1 = await createStore({ dataDir: dir, collections: config })
  expect(await s1.find('items')).toEqual([{ _id: 'old', at: new Date('2024-01-01T00:00:00Z') }])
  await s1.close()
  for (const line of readFileSync(path.join(dir, 'snapshot.jsonl'), 'utf8').trimEnd().split('\n')) expect(line).toMatch(/^[0-9a-f]{8} \{/)
  expect(existsSync(path.join(dir, 'snapshot.jsonl.tmp'))).toBe(false)
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

test('compaction while writes keep coming loses none of them', async () => {
  const s1 = await createStore({ dataDir: dir, collections: config, compactBytes: 4_000 })
  const ids: string[] = []
  for (let round = 0; round < 20; round++) {
    const batch = Array.from({ length: 25 }, (_, j) => `c${round}-${j}`)
    ids.push(...batch)
    await Promise.all(
      batch.map((_id, j) => (j % 5 ? s1.insertOne('items', { _id, text: '压缩' }) : s1.update('items', { _id: ids[0] }, { $inc: { n: 1 } }, { upsert: true }))),
    )
  }
  const expected = (await s1.find('items', {}, { limit: 1e9 })).sort((a, b) => String(a._id).localeCompare(String(b._id)))
  await s1.close()
  expect(readFileSync(path.join(dir, 'snapshot.jsonl'), 'utf8').length).toBeGreaterThan(4_000) // it did compact along the way
  const s2 = await createStore({ dataDir: dir, collections: config })
  expect((await s2.find('items', {}, { limit: 1e9 })).sort((a, b) => String(a._id).localeCompare(String(b._id)))).toEqual(expected)
  expect(expected.length).toBe(ids.filter((_, i) => (i % 25) % 5 !== 0).length + 1)
  await s2.close()
})
