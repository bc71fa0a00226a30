import type { IncomingMessage, ServerResponse } from 'node:http'
import { badRequest, payloadTooLarge } from './httpErrors'

/** 6 MB: the largest synchronous invocation payload SCF accepts. */
export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024

/** Reads and parses a JSON body; an empty body reads as `undefined`. */
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
  try {
    return JSON.parse(text)
  } catch (err) {
    throw badRequest(`request body is not valid JSON: ${(err as Error).message}`)
  }
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
