import { _ } from './cloud'

const isPlainObject = (v: unknown): v is object =>
  !!v && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)

/**
 * `update({ data })` with every plain-object field wrapped in `_.set()`, so each is replaced whole.
 * The SDK sends a plain nested object as dotted paths (`place.name`; @cloudbase/database serializer/common.ts
 * flatten), which MongoDB refuses when the stored field is null or a scalar ("Cannot create field ... in
 * element {place: null}") and which would otherwise keep sub-fields the new value no longer has.
 * Arrays, dates, Geo points and commands pass through unchanged.
 */
export function replacingObjects<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, isPlainObject(v) ? _.set(v) : v])) as T
}
