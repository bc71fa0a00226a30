// local-cloud/store/query-cache.ts: a compiled mingo Query is reused only for the very same plain-JSON condition.
import { Query } from 'mingo'
import { createMemoryStore } from '../../../local-cloud/store'
import { QueryCache } from '../../../local-cloud/store/query-cache'

const compiler = () => {
  let compiled = 0
  const make = (condition: Record<string, unknown>) => (cacheable: boolean) => {
    compiled++
    expect(typeof cacheable).toBe('boolean')
    return new Query(condition)
  }
  return { make, count: () => compiled }
}

it('the same condition in the same collection compiles once; another value, key order or collection compiles again', () => {
  const cache = new QueryCache()
  const c = compiler()
  const a = cache.get('users', { _id: 'u1' }, c.make({ _id: 'u1' }))
  expect(cache.get('users', { _id: 'u1' }, c.make({ _id: 'u1' }))).toBe(a)
  expect(c.count()).toBe(1)
  cache.get('users', { _id: 'u2' }, c.make({ _id: 'u2' }))
  cache.get('signups', { _id: 'u1' }, c.make({ _id: 'u1' }))
  cache.get('users', { b: 1, a: 1 }, c.make({ b: 1, a: 1 }))
  cache.get('users', { a: 1, b: 1 }, c.make({ a: 1, b: 1 }))
  expect(c.count()).toBe(5)
})

it('a condition holding a Date, RegExp, non-finite number or $expr / $where / $function is compiled every time, without caching', () => {
  const cache = new QueryCache()
  const uncachable: Array<Record<string, unknown>> = [
    { at: { $gt: new Date(0) } },
    { name: /x/ },
    { n: Infinity },
    { $expr: { $gt: ['$a', '$b'] } },
    { $and: [{ $where: 'true' }] },
    { a: { $function: {} } },
  ]
  for (const condition of uncachable) {
    const flags: boolean[] = []
    const make = (cacheable: boolean) => (flags.push(cacheable), new Query({}))
    cache.get('c', condition, make)
    cache.get('c', condition, make)
    expect([condition, flags]).toEqual([condition, [false, false]])
  }
  expect(cache.size).toBe(0)
})

it('keeps at most `max` conditions, dropping the oldest', () => {
  const cache = new QueryCache(2)
  const c = compiler()
  for (const id of ['a', 'b', 'c']) cache.get('c', { _id: id }, c.make({ _id: id }))
  expect(cache.size).toBe(2)
  cache.get('c', { _id: 'c' }, c.make({ _id: 'c' }))
  expect(c.count()).toBe(3)
  cache.get('c', { _id: 'a' }, c.make({ _id: 'a' }))
  expect(c.count()).toBe(4)
})

it('a store answers the same reads after its documents change (a cached query is not a cached answer)', async () => {
  const store = createMemoryStore()
  await store.insertMany('items', [
    { _id: 'x', n: 1 },
    { _id: 'y', n: 2 },
  ])
  expect((await store.find('items', { n: { $gte: 2 } })).map((d) => d._id)).toEqual(['y'])
  await store.update('items', { _id: 'x' }, { $set: { n: 3 } })
  expect((await store.find('items', { n: { $gte: 2 } })).map((d) => d._id).sort()).toEqual(['x', 'y'])
  expect(await store.count('items', { n: { $gte: 2 } })).toBe(2)
  await store.close()
})
