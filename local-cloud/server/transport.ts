import type { IncomingMessage, ServerResponse } from 'node:http'
import { badRequest, HttpError, payloadTooLarge } from './httpErrors'

/** 6 MB: the largest synchronous invocation payload SCF accepts. */
export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024

/**
 * Arrays and objects nested deeper than this are refused before parsing. Far beyond any real
 * request; deep enough values cannot be handed to a worker (structured clone overflows its stack).
 */
export const MAX_JSON_DEPTH = 64

/**
 * Reads and parses a JSON body; an empty body reads as `undefined`. A non-empty body must say
 * `Content-Type: application/json` (415 otherwise): a web page can send text/plain or a form to
 * any address without asking, but not JSON. 400 for invalid JSON or nesting beyond MAX_JSON_DEPTH.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(maxBytes)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > maxBytes) throw payloadTooLarge(maxBytes)
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return undefined
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'the request body must be JSON sent as Content-Type: application/json')
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw badRequest(`request body is nested deeper than ${MAX_JSON_DEPTH} levels`)
  try {
    return JSON.parse(text)
  } catch (err) {
    throw badRequest(`request body is not valid JSON: ${(err as Error).message}`)
  }
}

/** The deepest nesting of arrays and objects in a JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth)
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return max
}

/**
 * Reads a body as bytes. Over the limit it reads on to the end before refusing, so the client sees
 * the refusal instead of a reset connection.
 */
export async function readRawBody(req: IncomingMessage, maxBytes = DEFAULT_MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size <= maxBytes) chunks.push(chunk as Buffer)
  }
  if (size > maxBytes) throw payloadTooLarge(maxBytes)
  return Buffer.concat(chunks)
}

export function sendBytes(res: ServerResponse, status: number, contentType: string, body: Buffer, head = false): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': body.length, 'cache-control': 'no-store' })
  res.end(head ? undefined : body)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body === undefined ? null : body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  })
  res.end(payload)
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) })
  res.end(html)
}
