// Malformed values are INVALID_INPUT, never INTERNAL, and nothing is written (issue 13, "Done when"). Walks the
// contract: every action gets garbage as its whole input, and garbage at every field of its input — wrong types,
// control characters, a huge string, a deeply nested object — from a caller holding every role (so no role check
// stops the call before its input is read). The refusal names fields by their labels, never by schema keys.
import { allActions } from '@/cloudfunctions/api/actions'
import { contractFields } from '../helpers/contractFields'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const CALLER = 'gi-every-role'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  await cloud.store.insertOne('users', { _id: CALLER, roles: ['resident', 'merchant', 'courier', 'staff', 'admin'], nickname: '全角色', createdAt: new Date() })
})
afterAll(() => cloud?.stop())

/** Every document of every collection, to show the refused calls wrote nothing. */
async function everything(): Promise<string> {
  const names = cloud.store.listCollections().sort()
  const all = await Promise.all(names.map(async (n) => [n, await cloud.store.find(n, {}, { sort: { _id: 1 } })] as const))
  return JSON.stringify(all)
}

/** `{ a: { b: [ { c: value } ] } }` for the path a.b.0.c. */
function inputAt(path: Array<string | number>, value: unknown): unknown {
  return path.reduceRight<unknown>((inner, part) => (typeof part === 'number' ? [inner] : { [part]: inner }), value)
}

const nested = (depth: number): unknown => (depth === 0 ? { x: 1 } : { a: nested(depth - 1) })
/** Wrong for every field of the contract: no field takes an arbitrary object, an array of arrays, or these strings. */
const GARBAGE: Array<[string, unknown]> = [
  ['a nested object', nested(40)],
  ['an array of arrays', [[['x']]]],
  ['a control character', 'ab\u0000cd'],
  ['a huge string', '字'.repeat(200_000)],
  ['a number where text or a list is due', -1e308],
]
const WHOLE_INPUT: Array<[string, unknown]> = [
  ['a string', 'x'],
  ['a number', 42],
  ['a list', [1, 2]],
  ['a nested object', nested(40)],
]

/** Each action's field paths, once each (a union lists a path per option). */
const fieldsByAction = new Map<string, Array<Array<string | number>>>()
for (const f of contractFields()) {
  if (f.path.length === 0) continue
  const list = fieldsByAction.get(f.action) ?? []
  if (!list.some((p) => p.join('.') === f.path.join('.'))) list.push(f.path)
  fieldsByAction.set(f.action, list)
}

describe.each(allActions().map((a) => a.name))('%s', (action) => {
  it('answers garbage as its whole input or at any field with INVALID_INPUT, writing nothing', async () => {
    const before = await everything()
    const wrong: string[] = []
    const calls: Array<[string, unknown]> = [
      ...WHOLE_INPUT.map(([what, value]) => [`input = ${what}`, value] as [string, unknown]),
      ...(fieldsByAction.get(action) ?? []).flatMap((path) =>
        GARBAGE.map(([what, value]) => [`${path.join('.')} = ${what}`, inputAt(path, value)] as [string, unknown]),
      ),
    ]
    for (const [what, data] of calls) {
      const res = await cloud.callUnchecked(action, data, CALLER)
      if (res.ok || res.error.code !== 'INVALID_INPUT') wrong.push(`${what}: ${res.ok ? 'ok' : `${res.error.code} ${res.error.message}`}`)
      // Errors name the field by the label the person sees, never by a schema key ("description: …").
      else if (/[A-Za-z_]+\s*[:：]/.test(res.error.message)) wrong.push(`${what}: names a schema key: ${res.error.message}`)
    }
    expect(wrong).toEqual([])
    expect(await everything()).toBe(before)
  })
})
