/**
 * What MongoDB (and so CloudBase) refuses in an update that mingo would quietly carry out.
 *
 * - A dotted path cannot be created under a field that is `null`, a scalar, or an array addressed by a
 *   non-numeric name: `$set { 'rating.stars': 5 }` on `{ rating: null }` fails with
 *   "Cannot create field 'stars' in element {rating: null}" (MongoDB error 28, PathNotViable; seen in
 *   public MongoDB logs, e.g. labring/laf's note "Cannot create field 'cipherText' in element {enc_desc: null}").
 *   mingo instead builds the sub-document (null parent) or does nothing (scalar parent).
 *   wx-server-sdk sends a plain nested object in `update({ data })` as such dotted paths
 *   (@cloudbase/database src/serializer/update.ts, flattenQueryObject in serializer/common.ts), which is why
 *   `_.set(obj)` is the way to replace a sub-document.
 * - `$push` / `$addToSet` onto an existing field that is not an array (null included) fails:
 *   "The field 'x' must be an array but is of type null in document {_id: ...}" (MongoDB error 2, BadValue).
 * - `$inc` / `$mul` onto a non-number: "Cannot apply $inc to a value of non-numeric type" (MongoDB error 14).
 *
 * CloudBase reports these as DATABASE_REQUEST_FAILED, which wx-server-sdk surfaces as errCode -502001
 * (TCB_ERR_CODE in wx-server-sdk/index.js; maybeTransformError keeps the message).
 */
import { ERR, StoreError } from './errors'
import type { Doc } from './storage'

/** Operators that create the path they name when it is missing. */
const CREATING = new Set(['$set', '$inc', '$mul', '$min', '$max', '$push', '$addToSet', '$currentDate'])
const ARRAY_OPS = new Set(['$push', '$addToSet'])
const NUMERIC_OPS = new Set(['$inc', '$mul'])

function typeName(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'array'
  if (v instanceof Date) return 'date'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double'
  return typeof v === 'object' ? 'object' : typeof v
}

function element(field: string, v: unknown): string {
  const shown = v === null ? 'null' : Array.isArray(v) ? '[ ... ]' : typeof v === 'string' ? `"${v}"` : String(v)
  return `{${field}: ${shown}}`
}

function failed(message: string): StoreError {
  return new StoreError(ERR.requestFailed, `[FailedOperation] ${message}`)
}

/** Throws the error MongoDB would raise for `update` applied to `doc`; checks only, changes nothing. */
export function assertUpdateApplies(doc: Doc, update: Doc): void {
  for (const [op, fields] of Object.entries(update)) {
    if (!CREATING.has(op) || !fields || typeof fields !== 'object') continue
    for (const path of Object.keys(fields as Doc)) {
      const segments = path.split('.')
      let cur: unknown = doc
      let i = 0
      for (; i < segments.length - 1; i++) {
        const seg = segments[i]
        if (seg.startsWith('$')) break // positional operators: left to the engine
        const next = (cur as Record<string, unknown>)[seg]
        if (next === undefined) break // the rest of the path is created
        const child = segments[i + 1]
        const viable =
          next !== null && typeof next === 'object' && !(next instanceof Date) && (!Array.isArray(next) || /^\d+$/.test(child) || child.startsWith('$'))
        if (!viable) throw failed(`Cannot create field '${child}' in element ${element(seg, next)}`)
        cur = next
      }
      if (i < segments.length - 1) continue
      const leaf = (cur as Record<string, unknown>)[segments[segments.length - 1]]
      if (leaf === undefined) continue
      if (ARRAY_OPS.has(op) && !Array.isArray(leaf)) {
        throw failed(`The field '${path}' must be an array but is of type ${typeName(leaf)} in document {_id: ${JSON.stringify(doc._id)}}`)
      }
      if (NUMERIC_OPS.has(op) && typeof leaf !== 'number') {
        throw failed(
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(doc._id)}} has the field '${path}' of non-numeric type ${typeName(leaf)}`,
        )
      }
    }
  }
}
