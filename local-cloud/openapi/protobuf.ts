/**
 * The two protobuf messages of wx-server-sdk's `wx.openApi` exchange, by hand: the SDK's generated
 * classes are bundled inside its index.js and not exported, and two messages do not justify a
 * protobuf dependency. Field numbers are those of wx-server-sdk 4.0.2's src/protobuf/openapi.js.
 *
 *   CommApiData     { 1 apiType: int32, 2 openapiData: OpenApiData, 6 appid: string }
 *   OpenApiData     { 1 pairs: repeated KeyValuePair }
 *   KeyValuePair    { 1 key: string, 2 value: bytes (JSON), 3 contenttype: string, 4 filename: string }
 *   CommOpenApiResp { 1 respData: bytes, 2 contentType: string, 3 errorCode: int32, 4 httpCode: uint32 }
 */

export interface OpenApiPair {
  key: string
  value: Buffer
  contentType?: string
  filename?: string
}

export interface CommApiData {
  apiType: number
  pairs: OpenApiPair[]
  appid?: string
}

interface Field {
  no: number
  wire: number
  /** varint value, or the bytes of a length-delimited field */
  value: number | Buffer
}

function readVarint(buf: Buffer, pos: number): [number, number] {
  let result = 0
  let shift = 0
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated varint')
    const byte = buf[pos++]
    result += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) return [result, pos]
    shift += 7
    if (shift > 63) throw new Error('varint too long')
  }
}

function readFields(buf: Buffer): Field[] {
  const fields: Field[] = []
  let pos = 0
  while (pos < buf.length) {
    const [tag, afterTag] = readVarint(buf, pos)
    const no = Math.floor(tag / 8)
    const wire = tag & 7
    if (wire === 0) {
      const [value, next] = readVarint(buf, afterTag)
      fields.push({ no, wire, value })
      pos = next
    } else if (wire === 2) {
      const [len, start] = readVarint(buf, afterTag)
      if (start + len > buf.length) throw new Error('truncated field')
      fields.push({ no, wire, value: buf.subarray(start, start + len) })
      pos = start + len
    } else {
      throw new Error(`unexpected protobuf wire type ${wire} (field ${no})`)
    }
  }
  return fields
}

const bytesOf = (f: Field) => f.value as Buffer
const text = (f: Field) => bytesOf(f).toString('utf8')

export function decodeCommApiData(buf: Buffer): CommApiData {
  const out: CommApiData = { apiType: 0, pairs: [] }
  for (const f of readFields(buf)) {
    if (f.no === 1 && f.wire === 0) out.apiType = f.value as number
    else if (f.no === 6 && f.wire === 2) out.appid = text(f)
    else if (f.no === 2 && f.wire === 2) {
      for (const p of readFields(bytesOf(f))) if (p.no === 1 && p.wire === 2) out.pairs.push(decodePair(bytesOf(p)))
    }
  }
  return out
}

function decodePair(buf: Buffer): OpenApiPair {
  const pair: OpenApiPair = { key: '', value: Buffer.alloc(0) }
  for (const f of readFields(buf)) {
    if (f.wire !== 2) continue
    if (f.no === 1) pair.key = text(f)
    else if (f.no === 2) pair.value = Buffer.from(bytesOf(f))
    else if (f.no === 3) pair.contentType = text(f)
    else if (f.no === 4) pair.filename = text(f)
  }
  return pair
}

function varint(n: number): Buffer {
  const bytes: number[] = []
  let v = n
  while (v >= 0x80) {
    bytes.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  bytes.push(v)
  return Buffer.from(bytes)
}

const lengthDelimited = (no: number, data: Buffer) => Buffer.concat([varint(no * 8 + 2), varint(data.length), data])

/** An int32 as protobuf writes it: negative values take ten bytes (two's complement over 64 bits). */
function int32Varint(n: number): Buffer {
  let v = BigInt.asUintN(64, BigInt(n))
  const bytes: number[] = []
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80)
    v >>= 7n
  }
  bytes.push(Number(v))
  return Buffer.from(bytes)
}

export function encodeCommOpenApiResp(resp: { respData: Buffer; contentType: string; httpCode?: number }): Buffer {
  return Buffer.concat([
    lengthDelimited(1, resp.respData),
    lengthDelimited(2, Buffer.from(resp.contentType, 'utf8')),
    varint(4 * 8), // field 4 (httpCode), varint
    varint(resp.httpCode ?? 200),
  ])
}

/**
 * The answer CloudBase gives when it refuses the call itself (no WeChat reply): only `errorCode`,
 * e.g. -604101 "function has no permission to call this API". wx-server-sdk 4.0.2 throws it as
 * `errCode` (index.js callGeneralOpenAPI: "wx system error, for example: no permission").
 */
export function encodeCommOpenApiRefusal(errorCode: number): Buffer {
  return Buffer.concat([varint(3 * 8), int32Varint(errorCode), varint(4 * 8), varint(200)])
}
