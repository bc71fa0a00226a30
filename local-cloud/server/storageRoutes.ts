/**
 * `/_local/storage/*`: the stand-in for COS (the SDK's upload PUT and the temp download URLs) and the
 * h5 app's stand-in for wx.cloud.uploadFile.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CloudPathError, MAX_FILE_BYTES, type CloudStorage } from '../storage'
import { HttpError, badRequest, methodNotAllowed, notFound } from './httpErrors'
import { readRawBody, sendBytes, sendJson } from './transport'

const PREFIX = '/_local/storage/'

export async function storageRoute(storage: CloudStorage, req: IncomingMessage, res: ServerResponse, url: URL) {
  const method = req.method ?? 'GET'
  const rest = url.pathname.slice(PREFIX.length)
  if (rest === 'upload' && (method === 'PUT' || method === 'POST')) return cosUpload(storage, req, res, url)
  if (rest === 'upload-from-client') {
    if (method !== 'POST') throw methodNotAllowed(method, url.pathname)
    return clientUpload(storage, req, res, url)
  }
  if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed(method, url.pathname)
  let cloudPath: string
  try {
    cloudPath = decodeURIComponent(rest)
  } catch {
    throw badRequest(`malformed path ${url.pathname}`)
  }
  const file = await storage.read(cloudPath).catch(refusePath)
  if (!file) throw notFound(`no file at ${cloudPath}`)
  sendBytes(res, 200, file.contentType, file.content, method === 'HEAD')
}

/** Answers as COS does: an empty body on success, an XML <Error> the SDK parses otherwise. */
async function cosUpload(storage: CloudStorage, req: IncomingMessage, res: ServerResponse, url: URL) {
  try {
    const content = await readRawBody(req, MAX_FILE_BYTES)
    await storage.uploadWithTicket(url.searchParams.get('token') ?? '', content)
    res.writeHead(200, { 'content-length': 0 })
    res.end()
  } catch (e) {
    const tooLarge = e instanceof HttpError && e.status === 413
    if (!tooLarge && !(e instanceof CloudPathError)) throw e
    const code = tooLarge ? 'EntityTooLarge' : 'AccessDenied'
    const xml =
      `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${escapeXml((e as Error).message)}</Message>` +
      `<Resource>${escapeXml(url.pathname)}</Resource><RequestId>local</RequestId><TraceId>local</TraceId></Error>`
    sendBytes(res, tooLarge ? 400 : 403, 'application/xml', Buffer.from(xml))
  }
}

async function clientUpload(storage: CloudStorage, req: IncomingMessage, res: ServerResponse, url: URL) {
  const openid = req.headers['x-wx-openid']
  if (!openid) throw new HttpError(401, 'NO_USER', 'wx.cloud.uploadFile needs a user: send the x-wx-openid header')
  const cloudPath = url.searchParams.get('cloudPath')
  if (!cloudPath) throw badRequest('expected ?cloudPath=<path in the bucket>')
  const content = await readRawBody(req, MAX_FILE_BYTES)
  const fileID = await storage.uploadFromClient(cloudPath, content).catch(refusePath)
  sendJson(res, 200, { fileID, errMsg: 'cloud.uploadFile:ok' })
}

function refusePath(e: unknown): never {
  if (e instanceof CloudPathError) throw badRequest(e.message)
  throw e
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
