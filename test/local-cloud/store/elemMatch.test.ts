/**
 * The store's `$elemMatch` (compiled once per query, geo-operators.ts) matches exactly what mingo's own does,
 * on the shapes the app uses (open-hours intervals, dated windows) and the edge cases of the operator.
 */
import { Query } from 'mingo'
import { createMemoryStore } from '../../../local-cloud/store'
import { config } from './fixtures/collections'

const docs: Array<Record<string, unknown>> = [
  {
    _id: 'a',
    spans: [
      { from: 0, to: 600 },
      { from: 900, to: 1200 },
    ],
    tags: [1, 5, 9],
  },
  { _id: 'b', spans: [{ from: 700, to: 800 }], tags: [] },
  { _id: 'c', spans: [], tags: [3] },
  { _id: 'd', tags: 'not an array' },
  { _id: 'e', spans: [{ from: 100 }, { to: 2000 }], tags: [[2, 4]] },
  { _id: 'f', nested: { spans: [{ from: 0, to: 50, kind: 'x' }] } },
  { _id: 'g', spans: [{ from: '100', to: 900 }, { from: null, to: 900 }, { from: [100, 700], to: 900 }, 'text', 7] },
  {
    _id: 'h',
    windows: [
      { from: new Date('2026-05-01T00:00:00Z'), until: new Date('2026-05-02T00:00:00Z') },
      { from: 5, until: 9 },
    ],
  },
  {
    _id: 'i',
    windows: [
      { from: new Date('2026-04-01T00:00:00Z'), until: '2026-06-01' },
      { from: { d: 1 }, until: new Date('2027-01-01T00:00:00Z') },
    ],
  },
]
const at = new Date('2026-05-01T12:00:00Z')

const queries: object[] = [
  { spans: { $elemMatch: { from: { $lte: 650 }, to: { $gt: 650 } } } },
  { spans: { $elemMatch: { from: { $lte: 100 } } } },
  { spans: { $elemMatch: { from: { $gte: 100, $lt: 101 }, to: { $lte: 900 } } } },
  { windows: { $elemMatch: { from: { $lte: at }, until: { $gt: at } } } },
  { windows: { $elemMatch: { from: { $lte: 6 }, until: { $gt: 6 } } } },
  { windows: { $elemMatch: { from: { $lte: at } } } },
  { tags: { $elemMatch: { $gt: 4, $lt: 9 } } },
  { tags: { $elemMatch: { $in: [3, 9] } } },
  { 'nested.spans': { $elemMatch: { kind: 'x', to: { $gte: 50 } } } },
  { spans: { $elemMatch: { $or: [{ from: 700 }, { to: 2000 }] } } },
  { $and: [{ spans: { $elemMatch: { to: { $gt: 0 } } } }, { tags: { $elemMatch: { $gte: 1 } } }] },
]

it.each(queries.map((q) => [JSON.stringify(q), q]))('%s matches what mingo matches', async (_name, query) => {
  const store = createMemoryStore({ collections: config })
  await store.insertMany('items', docs)
  const expected = docs.filter((d) => new Query(query as Record<string, unknown>).test(d)).map((d) => d._id)
  const got = (await store.find('items', query as Record<string, unknown>, { sort: { _id: 1 } })).map((d) => d._id)
  expect(got).toEqual(expected)
  await store.close()
})
