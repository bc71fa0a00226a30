import { personalCollections } from '@/cloudfunctions/api/mydata/declarations'
import collectionsSpec from '@/database/collections.json'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { readTree } from '../helpers/raw'
import { ARRANGED, arrangeBlock, makeManager, makePerson, makeShop } from '../helpers/arrange'
import type { ActionInput, ActionName } from '@/types/actions'

const PERSON = 'person-to-forget-0001'
/** Someone else, named in the same collections: never exported to PERSON, untouched by PERSON's deletion. */
const OTHER = 'person-to-keep-0002'

let cloud: TestCloud
let shop: string
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeBlock(cloud)
  await makePerson(cloud, OTHER, '另一位店主')
  shop = await makeShop(cloud, { name: '要记住的店' })
  await makeManager(cloud, await makeShop(cloud, { name: '另一家店' }), OTHER)
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)

/** The fields of a collection's unique indexes (database/collections.json, which the local cloud enforces). */
function uniqueKeys(collection: string): string[] {
  const spec = (collectionsSpec as { collections: Record<string, { indexes?: Array<{ unique?: boolean; keys: Array<{ field: string }> }> }> }).collections[
    collection
  ]
  return (spec?.indexes ?? []).filter((index) => index.unique).flatMap((index) => index.keys.map((key) => key.field))
}

/** A record that names the person through each declared owner field. */
function recordNaming(owner: { field: string; array?: boolean; key?: string; contains?: boolean }, n: number, person = PERSON) {
  if (owner.field === '_id') return { _id: owner.contains ? `planted-${n}:${person}` : person, note: 'planted' }
  const value = owner.key ? [{ [owner.key]: person }] : owner.array ? [person] : person
  return { _id: `planted-${n}`, [owner.field]: value }
}

describe('my data', () => {
  it('is declared for the collections that hold people', () => {
    expect(personalCollections.map((d) => d.collection)).toEqual(expect.arrayContaining(['users', 'shops', 'shopManagers', 'accessLog']))
  })

  it('exports every record naming the person, in every declared collection, and nobody else’s', async () => {
    await ok('users.chooseRoles', { roles: ['courier'] }, PERSON)
    await ok('shops.attachManager', { shopId: shop, openid: PERSON }, ARRANGED.staff)
    let n = 0
    for (const declaration of personalCollections) {
      for (const owner of declaration.owners) {
        for (const person of [PERSON, OTHER]) {
          const record: Record<string, unknown> = recordNaming(owner, n++, person)
          if (record._id === person) continue // the users record exists already
          // Each record its own values in the collection's unique index (signups: eventId + openid, …).
          for (const key of uniqueKeys(declaration.collection)) record[key] ??= `planted-${n}`
          await cloud.store.insertOne(declaration.collection, record)
        }
      }
    }
    const exported = await ok('mydata.export', {}, PERSON)
    for (const declaration of personalCollections) {
      expect(exported.collections[declaration.collection]?.length ?? 0).toBeGreaterThan(0)
    }
    expect(JSON.stringify(exported)).not.toContain(OTHER)
    expect(exported.collections.shops).toEqual(expect.arrayContaining([expect.objectContaining({ _id: shop })]))
  })

  it('deletion needs the word 删除', async () => {
    expect(await cloud.callUnchecked('mydata.delete', { confirm: 'yes' }, PERSON)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('deletes the person from every collection while the counts stay, and leaves no trace on disk', async () => {
    const before = Object.fromEntries(await Promise.all(personalCollections.map(async (d) => [d.collection, await cloud.store.count(d.collection)] as const)))
    const result = await ok('mydata.delete', { confirm: '删除' }, PERSON)
    expect(result.removed.users).toBe(1)
    expect(result.anonymised.shops).toBeGreaterThan(0)

    const again = await ok('mydata.export', {}, PERSON)
    expect(again.collections).toEqual({})
    for (const declaration of personalCollections) {
      const expected = before[declaration.collection] - (result.removed[declaration.collection] ?? 0)
      expect(await cloud.store.count(declaration.collection)).toBe(expected)
      if (declaration.erase === 'anonymise' && !declaration.owners.some((o) => o.erase === 'remove')) {
        expect(result.removed[declaration.collection] ?? 0).toBe(0)
      }
    }
    const kept = (await cloud.store.find('shops', { _id: shop }))[0]
    expect(kept.managerOpenids).toEqual([])
    expect(await cloud.store.count('shopManagers', { shopId: shop })).toBe(1)
    expect((await ok('mydata.export', {}, OTHER)).collections.users).toHaveLength(1)

    await cloud.restart() // the store compacts its journal on open: old lines with the person are gone
    const tree = readTree(cloud.dataDir)
    expect(tree).not.toContain(PERSON)
    expect(tree).toContain(OTHER)
  })
})

it('names every personal collection in Chinese on the my-data page', async () => {
  const { COLLECTION_LABELS } = await import('@/types/mydata.vocab')
  expect(personalCollections.map((d) => d.collection).filter((c) => !COLLECTION_LABELS[c])).toEqual([])
})
