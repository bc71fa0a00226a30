/**
 * A full disk: DATA_DIR on a small tmpfs (mounting needs root; skipped otherwise), and the store's
 * simulated small disk (any machine). Every acknowledged write survives the restart, no refused
 * write is ever visible, a start on the full disk keeps the files as they are and opens read-only.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createStore, type Storage, type StoreOptions } from '../../../local-cloud/store'
import { startFixtureCloud } from '../fixtures/testCloud'
import { config } from './fixtures/collections'

jest.setTimeout(60_000)

function mountTmpfs(size: string): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'full-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return null
  }
}
const resize = (dir: string, size: string) => execFileSync('mount', ['-o', `remount,size=${size}`, dir])
function unmount(dir: string): void {
  execFileSync('umount', [dir])
  rmSync(dir, { recursive: true, force: true })
}

const probe = process.getuid?.() === 0 ? mountTmpfs('64k') : null
if (probe) unmount(probe)
const onTmpfs = probe ? describe : describe.skip
if (!probe) console.warn('full-disk tests skipped: mounting a tmpfs needs root')

/** Writes 8 at a time (so they share fsyncs) until the disk refuses; answers what was acknowledged and refused. */
async function fill(store: Storage): Promise<{ acked: string[]; refused: string[]; errors: string[] }> {
  const acked: string[] = []
  const refused: string[] = []
  const errors: string[] = []
  const text = '街区'.repeat(300)
  for (let round = 0; round < 5000 && !refused.length; round++) {
    const ids = Array.from({ length: 8 }, (_, j) => `r${round}-${j}`)
    const results = await Promise.allSettled(ids.map((_id) => store.insertOne('items', { _id, text })))
    results.forEach((r, j) => {
      if (r.status === 'fulfilled') acked.push(ids[j])
      else {
        refused.push(ids[j])
        errors.push(String((r.reason as Error).message))
      }
    })
  }
  return { acked, refused, errors }
}
const allIds = async (store: Storage) => (await store.find('items', {}, { limit: 1e9 })).map((d) => d._id as string)

/** A 256 KB disk for DATA_DIR that can be enlarged to 4 MB. */
interface SmallDisk {
  dir: string
  storeOptions(): Partial<StoreOptions>
  enlarge(): void
  dispose(): void
}
const disks: Array<[string, () => SmallDisk]> = [
  [
    'the store’s simulated 256 KB disk',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sim-disk-'))
      let bytes = 256 * 1024
      return {
        dir,
        storeOptions: () => ({ simulatedDiskBytes: bytes }),
        enlarge: () => (bytes = 4 * 1024 * 1024),
        dispose: () => rmSync(dir, { recursive: true, force: true }),
      }
    },
  ],
]
if (probe) {
  disks.push([
    'a real 256 KB tmpfs',
    () => {
      const dir = mountTmpfs('256k')!
      return { dir, storeOptions: () => ({}), enlarge: () => resize(dir, '4m'), dispose: () => unmount(dir) }
    },
  ])
}

describe.each(disks)('%s, filled up', (_name, makeDisk) => {
  let disk: SmallDisk
  beforeEach(() => (disk = makeDisk()))
  afterEach(() => disk.dispose())

  it('refuses writes cleanly, shows none of them, and keeps every acknowledged one across restarts', async () => {
    const warnings: string[] = []
    const warn = (m: string) => warnings.push(m)
    const dir = disk.dir
    const open = () => createStore({ dataDir: dir, collections: config, warn, ...disk.storeOptions() })
    const s1 = await open()
    const { acked, refused, errors } = await fill(s1)
    expect(acked.length).toBeGreaterThan(50)
    expect(refused.length).toBeGreaterThan(0)
    expect(errors[0]).toMatch(/read-only.*ENOSPC|ENOSPC.*read-only/)
    expect(s1.readOnlyReason()).toMatch(/ENOSPC/)
    expect(new Set(await allIds(s1))).toEqual(new Set(acked)) // no refused write is visible
    await expect(s1.insertOne('items', { _id: 'later' })).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
    expect(await s1.count('items', { _id: 'later' })).toBe(0)
    await s1.close()

    // Restart on the still full disk: the start-up compaction has no room; the old files stay, read-only.
    const filesBefore = readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])
    const s2 = await open()
    expect(s2.readOnlyReason()).toMatch(/could not fold the journal/)
    expect(warnings.join('\n')).toMatch(/READ-ONLY/)
    expect(new Set(await allIds(s2))).toEqual(new Set(acked))
    await expect(s2.insertOne('items', { _id: 'later' })).rejects.toThrow(/read-only/)
    await s2.close()
    expect(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])).toEqual(filesBefore)

    // With room again: writable, everything acknowledged is there, nothing refused.
    disk.enlarge()
    const s3 = await open()
    expect(s3.readOnlyReason()).toBeNull()
    expect(new Set(await allIds(s3))).toEqual(new Set(acked))
    await s3.insertOne('items', { _id: 'later' })
    await s3.close()
    const s4 = await open()
    expect(await s4.count('items')).toBe(acked.length + 1)
    await s4.close()
  })
})

onTmpfs('a full tmpfs under the whole local cloud', () => {
  let dir: string
  beforeEach(() => (dir = mountTmpfs('256k')!))
  afterEach(() => unmount(dir))

  it('through the SDK: the function answers an error, the refused note is not listed, the acknowledged ones survive', async () => {
    const cloud = await startFixtureCloud({ dataDir: dir })
    const acked: string[] = []
    let refusal: { status: number; body: unknown } | null = null
    try {
      for (let i = 0; i < 3000 && !refusal; i++) {
        const text = `note-${i}-${'满'.repeat(400)}`
        const reply = await cloud.callFunction('notes', { action: 'add', text }, 'o-full')
        if (reply.status === 200) acked.push(text)
        else refusal = reply
      }
      expect(refusal).toMatchObject({ status: 500, body: { errMsg: expect.stringMatching(/read-only/) } })
      const stored = async () => new Set((await cloud.store.find('notes', { author: 'o-full' }, { limit: 1e9 })).map((d) => d.text))
      expect(await stored()).toEqual(new Set(acked))
      const listed = (await cloud.callFunction('notes', { action: 'list' }, 'o-full')).body as string[]
      expect(listed.every((t) => acked.includes(t))).toBe(true)
      resize(dir, '8m')
      await cloud.restart()
      expect(await stored()).toEqual(new Set(acked))
      expect((await cloud.callFunction('notes', { action: 'add', text: '有空间了' }, 'o-full')).status).toBe(200)
    } finally {
      await cloud.stop()
    }
  })
})
