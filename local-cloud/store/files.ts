/**
 * Writing the store's files so that nothing partial is ever trusted: every write loops until all
 * bytes are down or fails (a nearly full disk answers short writes, then ENOSPC), and a whole file
 * is replaced only by writing a temp file, fsyncing it, renaming it over the old one and fsyncing
 * the directory.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'

/** Writes all of `data` at the handle's position (the end, for a file opened with 'a'), or throws. */
export async function writeAll(fh: fs.FileHandle, data: Buffer): Promise<void> {
  let offset = 0
  while (offset < data.length) {
    const { bytesWritten } = await fh.write(data, offset, data.length - offset)
    // write(2) answers 0 only when nothing more fits; a further call would fail with ENOSPC anyway.
    if (bytesWritten <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    offset += bytesWritten
  }
}

/**
 * Replaces `file` with `lines` crash-safely: a reader (or the next start) sees the old file or the
 * complete new one, never a partial one. On failure the temp file is removed and `file` is untouched.
 */
export async function replaceFile(file: string, lines: Iterable<string>): Promise<void> {
  const tmp = `${file}.tmp`
  try {
    const fh = await fs.open(tmp, 'w')
    try {
      let buf = ''
      for (const line of lines) {
        buf += line
        if (buf.length > 1 << 20) {
          await writeAll(fh, Buffer.from(buf))
          buf = ''
        }
      }
      await writeAll(fh, Buffer.from(buf))
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
