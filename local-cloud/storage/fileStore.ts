/**
 * The bucket's files on disk, under `<dataDir>/storage/<cloudPath>`. Every path goes through
 * `checkCloudPath`, which refuses anything that could leave that folder.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

/** wx.cloud.uploadFile and cloud.uploadFile refuse files over 10 MB in this project. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
const MAX_PATH_BYTES = 850 // CloudBase's limit on a cloudPath

export class CloudPathError extends Error {}

/** CloudBase's cloudPath rules (no leading "/", no empty segments) plus what keeps it inside the folder. */
export function checkCloudPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '') throw new CloudPathError('cloudPath must be a non-empty string')
  if (Buffer.byteLength(cloudPath) > MAX_PATH_BYTES) throw new CloudPathError(`cloudPath is longer than ${MAX_PATH_BYTES} bytes`)
  if (cloudPath.startsWith('/') || cloudPath.endsWith('/') || cloudPath.includes('//')) {
    throw new CloudPathError(`cloudPath "${cloudPath}" must not start or end with "/" or contain "//"`)
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f?#%]/.test(cloudPath)) throw new CloudPathError(`cloudPath "${cloudPath}" contains a character that is not allowed`)
  if (cloudPath.split('/').some((seg) => seg === '.' || seg === '..')) {
    throw new CloudPathError(`cloudPath "${cloudPath}" must not contain "." or ".." segments`)
  }
  return cloudPath
}

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.html': 'text/html; charset=utf-8',
}

export const contentTypeOf = (cloudPath: string) => CONTENT_TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream'

export class FileStore {
  private readonly root: string
  private readonly tmp: string

  constructor(dataDir: string) {
    this.root = path.resolve(dataDir, 'storage')
    this.tmp = path.resolve(dataDir, 'storage-tmp')
  }

  private fileOf(cloudPath: string): string {
    const file = path.resolve(this.root, checkCloudPath(cloudPath))
    if (!file.startsWith(this.root + path.sep)) throw new CloudPathError(`cloudPath "${cloudPath}" leaves the bucket`)
    return file
  }

  /** Replaces the file atomically: a reader sees the old bytes or the new ones. */
  async write(cloudPath: string, content: Buffer): Promise<void> {
    if (content.length > MAX_FILE_BYTES) throw new CloudPathError(`file is larger than ${MAX_FILE_BYTES} bytes`)
    const file = this.fileOf(cloudPath)
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.mkdir(this.tmp, { recursive: true })
    const tmp = path.join(this.tmp, randomBytes(8).toString('hex'))
    await fs.writeFile(tmp, content)
    await fs.rename(tmp, file)
  }

  /** The file's bytes, or null when there is none (a folder is not a file). */
  async read(cloudPath: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.fileOf(cloudPath))
    } catch (e) {
      if (['ENOENT', 'EISDIR', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '')) return null
      throw e
    }
  }

  async exists(cloudPath: string): Promise<boolean> {
    const stat = await fs.stat(this.fileOf(cloudPath)).catch(() => null)
    return !!stat?.isFile()
  }

  /** True when there was a file to delete; false when there was none, or another delete took it first. */
  async delete(cloudPath: string): Promise<boolean> {
    if (!(await this.exists(cloudPath))) return false
    try {
      await fs.unlink(this.fileOf(cloudPath))
      return true
    } catch (e) {
      // Two deletes at once: both saw the file, one unlinked it. The other gets what the cloud answers, STORAGE_FILE_NONEXIST.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw e
    }
  }
}
