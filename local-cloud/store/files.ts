/**
 * Writing the store's files so that nothing partial is ever trusted: every write loops until all
 * bytes are down or fails (a nearly full disk answers short writes, then ENOSPC), and a whole file
 * is replaced only by writing a temp file, fsyncing it, renaming it over the old one and fsyncing
 * the directory.
 */
import { promises as fs, statSync } from 'node:fs'
import path from 'node:path'

/** Bytes the store's files may still grow by; Infinity: whatever the real disk gives. */
export type FreeSpace = () => number
export const realDisk: FreeSpace = () => Infinity

/**
 * A disk of `bytes` holding only these files of `dir` (for tests that cannot mount a small file
 * system): a write beyond it comes back short, the next one writes nothing, as on a full disk.
 */
export function simulatedDisk(dir: string, bytes: number, files: string[]): FreeSpace {
  const size = (name: string) => {
    try {
      return statSync(path.join(dir, name)).size
    } catch {
      return 0
    }
  }
  return () => bytes - files.reduce((sum, name) => sum + size(name), 0)
}

/** Writes all of `data` at the handle's position (the end, for a file opened with 'a'), or throws. */
export async function writeAll(fh: fs.FileHandle, data: Buffer, freeSpace: FreeSpace = realDisk): Promise<void> {
  let offset = 0
  while (offset < data.length) {
    const allowed = Math.min(data.length - offset, Math.max(0, freeSpace()))
    const { bytesWritten } = allowed > 0 ? await fh.write(data, offset, allowed) : { bytesWritten: 0 }
    // write(2) answers 0 only when nothing more fits; a further call would fail with ENOSPC anyway.
    if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    offset += bytesWritten
  }
}

/**
 * Replaces `file` with `lines` crash-safely: a reader (or the next start) sees the old file or the
 * complete new one, never a partial one. On failure the temp file is removed and `file` is untouched.
 */
export async function replaceFile(file: string, lines: Iterable<string>, freeSpace: FreeSpace = realDisk): Promise<void> {
  const tmp = `${file}.tmp`
  try {
    const fh = await fs.open(tmp, 'w')
    try {
      let buf = ''
      for (const line of lines) {
        buf += line
        if (buf.length > 1 << 20) {
          await writeAll(fh, Buffer.from(buf), freeSpace)
          buf = ''
        }
      }
      await writeAll(fh, Buffer.from(buf), freeSpace)
      await fh.sync()
    } finally {
      await fh.close()
    }
    await fs.rename(tmp, file)
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined) // gives the space back on a full disk
    throw e
  }
  await syncDir(path.dirname(file))
}

export async function syncDir(dir: string): Promise<void> {
  const fh = await fs.open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

export async function readIfExists(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw e
  }
}
