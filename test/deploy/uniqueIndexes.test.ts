// The local cloud enforces exactly the unique keys the deploy declares, so idempotency that holds here holds there.
import { readPlan } from '@/scripts/deploy/plan'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const uniqueIndexes = readPlan().collections.flatMap((c) => c.indexes.filter((i) => i.unique).map((i) => ({ collection: c.name, index: i })))

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud?.stop())

it('every collection has _id unique', async () => {
  await cloud.store.insertOne('users', { _id: 'same', roles: [] })
  await expect(cloud.store.insertOne('users', { _id: 'same', roles: [] })).rejects.toThrow(/duplicate key/)
})

if (uniqueIndexes.length > 0) {
  it.each(uniqueIndexes.map((u) => [`${u.collection}.${u.index.name}`, u] as const))(
    '%s refuses a second record with the same key',
    async (_name, { collection, index }) => {
      const key = Object.fromEntries(index.keys.map((k) => [k.field, `dup-${k.field}`]))
      await cloud.store.insertOne(collection, { ...key, _id: `first-${index.name}` })
      await expect(cloud.store.insertOne(collection, { ...key, _id: `second-${index.name}` })).rejects.toThrow(/duplicate key/)
    },
  )
}
