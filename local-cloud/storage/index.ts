/**
 * Cloud storage as @cloudbase/node-sdk drives it: `storage.getUploadMetadata` hands out an upload URL
 * (here `PUT /_local/storage/upload?token=...`, standing in for COS) that the SDK PUTs the bytes to;
 * `storage.batchGetDownloadUrl` answers temp URLs (`GET /_local/storage/<cloudPath>`), which
 * downloadFile then fetches; `storage.batchDeleteFile` deletes. FileIDs are `cloud://<envId>.<bucket>/<cloudPath>`.
 */
import { randomBytes } from 'node:crypto'
import { ApiError, requestId } from '../cloudbase-api/errors'
import { CloudPathError, FileStore, checkCloudPath, contentTypeOf } from './fileStore'

export { MAX_FILE_BYTES, CloudPathError } from './fileStore'

const UPLOAD_TICKET_MS = 10 * 60 * 1000

export interface CloudStorageOptions {
  dataDir: string
  envId: string
  /** The local cloud's own address, known only once it listens. */
  baseUrl: () => string
}

type Params = Record<string, any>

export function createCloudStorage(options: CloudStorageOptions) {
  const files = new FileStore(options.dataDir)
  // Real buckets are named "<hex of the env's first letters>-<envId>-<appid number>".
  const bucket = `${Buffer.from(options.envId.slice(0, 2)).toString('hex')}-${options.envId}-1250000000`
  const prefix = `cloud://${options.envId}.${bucket}/`
  const tickets = new Map<string, { cloudPath: string; expires: number }>()

  const fileIdOf = (cloudPath: string) => prefix + cloudPath
  const downloadUrlOf = (cloudPath: string) => `${options.baseUrl()}/_local/storage/${cloudPath}`

  /** The cloudPath of one of this bucket's fileIDs, or the per-file error code CloudBase answers. */
  function cloudPathOf(fileID: unknown): { cloudPath: string } | { code: string } {
    if (typeof fileID !== 'string' || !fileID.startsWith('cloud://')) return { code: 'INVALID_PARAM' }
    if (!fileID.startsWith(prefix)) return { code: 'STORAGE_EXCEED_AUTHORITY' }
    try {
      return { cloudPath: checkCloudPath(fileID.slice(prefix.length)) }
    } catch {
      return { code: 'INVALID_PARAM' }
    }
  }

  const toApiError = (e: unknown) => (e instanceof CloudPathError ? new ApiError('INVALID_PARAM', e.message) : e)

  async function getUploadMetadata(p: Params) {
    let cloudPath: string
    try {
      cloudPath = checkCloudPath(p.path)
    } catch (e) {
      throw toApiError(e)
    }
    const token = randomBytes(16).toString('hex')
    const now = Date.now()
    for (const [t, ticket] of tickets) if (ticket.expires < now) tickets.delete(t)
    tickets.set(token, { cloudPath, expires: now + UPLOAD_TICKET_MS })
    const fileId = fileIdOf(cloudPath)
    return {
      requestId: requestId(),
      data: {
        url: `${options.baseUrl()}/_local/storage/upload?token=${token}`,
        token,
        authorization: `local-cloud ${token}`,
        fileId,
        cosFileId: token,
        download_url: downloadUrlOf(cloudPath),
      },
    }
  }

  async function batchGetDownloadUrl(p: Params) {
    const list = Array.isArray(p.file_list) ? (p.file_list as Params[]) : []
    const download_list = await Promise.all(
      list.map(async ({ fileid, max_age }) => {
        const maxAge = max_age ?? 86400
        const where = cloudPathOf(fileid)
        if ('code' in where) return { fileID: fileid, tempFileURL: '', code: where.code, maxAge }
        if (!(await files.exists(where.cloudPath))) return { fileID: fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', maxAge }
        return { fileID: fileid, tempFileURL: downloadUrlOf(where.cloudPath), code: 'SUCCESS', maxAge }
      }),
    )
    return { requestId: requestId(), data: { download_list } }
  }

  async function batchDeleteFile(p: Params) {
    const list = Array.isArray(p.fileid_list) ? (p.fileid_list as unknown[]) : []
    const delete_list = []
    for (const fileID of list) {
      const where = cloudPathOf(fileID)
      if ('code' in where) delete_list.push({ fileID, code: where.code })
      else delete_list.push({ fileID, code: (await files.delete(where.cloudPath)) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' })
    }
    return { requestId: requestId(), data: { delete_list } }
  }

  return {
    fileIdOf,
    /** The `/admin` actions, by name. */
    actions: {
      'storage.getUploadMetadata': getUploadMetadata,
      'storage.batchGetDownloadUrl': batchGetDownloadUrl,
      'storage.batchDeleteFile': batchDeleteFile,
    } as Record<string, (p: Params) => Promise<Record<string, unknown>>>,

    /** The PUT the SDK makes to the URL getUploadMetadata gave it. A ticket is good for one upload. */
    async uploadWithTicket(token: string, content: Buffer): Promise<void> {
      const ticket = tickets.get(token)
      if (!ticket || ticket.expires < Date.now()) throw new CloudPathError('the upload token is unknown or expired')
      tickets.delete(token)
      await files.write(ticket.cloudPath, content)
    },

    /** The h5 app's stand-in for wx.cloud.uploadFile. */
    async uploadFromClient(cloudPath: string, content: Buffer): Promise<string> {
      await files.write(cloudPath, content)
      return fileIdOf(cloudPath)
    },

    async read(cloudPath: string): Promise<{ content: Buffer; contentType: string } | null> {
      const content = await files.read(cloudPath)
      return content ? { content, contentType: contentTypeOf(cloudPath) } : null
    },
  }
}

export type CloudStorage = ReturnType<typeof createCloudStorage>
