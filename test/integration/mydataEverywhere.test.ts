// The demo block's own people appear all over the seeded data (sign-ups, claims, needs, visits, badges, teams …):
// deleting them must leave no trace anywhere on disk, while every count that is not theirs alone stays.
import { personalCollections } from '@/cloudfunctions/api/mydata/declarations'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { readTree } from '../helpers/raw'
import type { ActionInput, ActionName } from '@/types/actions'

const PEOPLE = ['demo-merchant', 'demo-staff', 'demo-resident', 'demo-courier']

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
}, 60_000)
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)

it('the seed really does name these people in many collections', async () => {
  const tree = readTree(cloud.dataDir)
  for (const person of PEOPLE) expect(tree).toContain(person)
  const exported = await ok('mydata.export', {}, 'demo-staff')
  expect(Object.keys(exported.collections).length).toBeGreaterThanOrEqual(5)
})

it('deleting them removes every trace while shared records keep their counts', async () => {
  const kept = personalCollections.filter((d) => d.erase === 'anonymise' && !d.owners.some((o) => o.erase === 'remove'))
  const before = Object.fromEntries(await Promise.all(kept.map(async (d) => [d.collection, await cloud.store.count(d.collection)] as const)))
  for (const person of PEOPLE) {
    const result = await ok('mydata.delete', { confirm: '删除' }, person)
    expect(Object.keys(result.removed).length + Object.keys(result.anonymised).length).toBeGreaterThan(0)
  }
  for (const d of kept) expect(await cloud.store.count(d.collection)).toBe(before[d.collection])

  await cloud.restart() // compaction drops the journal's old lines
  const tree = readTree(cloud.dataDir)
  for (const person of PEOPLE) {
    const at = tree.indexOf(person)
    expect(at === -1 ? '' : tree.slice(Math.max(0, at - 300), at + 100)).toBe('')
  }
}, 60_000)
