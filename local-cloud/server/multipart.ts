/**
 * multipart/form-data, as the form-data package inside @cloudbase/node-sdk writes it for the
 * `wx.*` actions: text fields become strings, parts with their own Content-Type (the protobuf
 * requestData) stay bytes.
 */
import { badRequest } from './httpErrors'

export type FormFields = Record<string, string | Buffer>

export function boundaryOf(contentType: string | undefined): string | null {
  const match = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  return match ? (match[1] ?? match[2]).trim() : null
}

export function parseMultipart(body: Buffer, boundary: string): FormFields {
  const delimiter = Buffer.from(`--${boundary}`)
  const fields: FormFields = {}
  let pos = body.indexOf(delimiter)
  if (pos < 0) throw badRequest('multipart body without its boundary')
  for (;;) {
    pos += delimiter.length
    if (body.subarray(pos, pos + 2).toString() === '--') return fields // closing delimiter
    const next = body.indexOf(delimiter, pos)
    if (next < 0) throw badRequest('multipart body is truncated')
    // A part is "\r\n<headers>\r\n\r\n<content>\r\n" between two delimiters.
    const part = body.subarray(pos + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd < 0) throw badRequest('multipart part without headers')
    const headers = part.subarray(0, headerEnd).toString('utf8')
    const content = part.subarray(headerEnd + 4)
    const name = /name="([^"]*)"/i.exec(headers)?.[1]
    if (name === undefined) throw badRequest('multipart part without a name')
    fields[name] = /^content-type:/im.test(headers) ? Buffer.from(content) : content.toString('utf8')
    pos = next
  }
}
