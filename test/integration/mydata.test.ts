import { personalCollections } from '@/cloudfunctions/api/mydata/declarations'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { readTree } from '../helpers/raw'
import type { ActionInput, ActionName } from '@/types/actions'

const PERSON = 'person-to-forget-0001'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
})
afterAll(() => cloud?.stop())

const ok = <A extends ActionName>(action: A, data: ActionInput<A>, openid: string) => cloud.callOk(action, data, openid)

/** A record that names the person through each declared owner field. */
function recordNaming(owner: { field: string; array?: boolean; key?: string; contains?: boolean }, n: number) {
  if (owner.field === '_id') return { _id: owner.contains ? `planted-${n}:${PERSON}` : PERSON, note: 'planted' }
  const value = owner.key ? [{ [owner.key]: PERSON }] : owner.array ? [PERSON] : PERSON
  return { _id: `planted-${n}`, [owner.field]: value }
}

describe('my data', () => {
  it('is declared for the collections that hold people', () => {
    expect(personalCollections.map((d) => d.collection)).toEqual(expect.arrayContaining(['users', 'shops', 'shopManagers', 'accessLog']))
  })

  it('exports every record naming the person, in every declared collection, and nobody else’s', async () => {
    await ok('users.chooseRoles', { roles: ['courier'] }, PERSON)
    await ok('shops.attachManager', { shopId: 'shop-05', openid: PERSON }, 'demo-staff')
    let n = 0
    for (const declaration of personalCollections) {
      for (const owner of declaration.owners) {
        const record = recordNaming(owner, n++)
        if (record._id === PERSON) continue // the users record exists already
        await cloud.store.insertOne(declaration.collection, record)
      }
    }
    const exported = await ok('mydata.export', {}, PERSON)
    for (const declaration of personalCollections) {
      expect(exported.collections[declaration.collection]?.length ?? 0).toBeGreaterThan(0)
    }
    expect(JSON.stringify(exported)).not.toContain('demo-merchant')
    expect(exported.collections.shops).toEqual(expect.arrayContaining([expect.objectContaining({ _id: 'shop-05' })]))
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
    const shop = (await cloud.store.find('shops', { _id: 'shop-05' }))[0]
    expect(shop.managerOpenids).toEqual([])
    expect(await cloud.store.count('shopManagers', { shopId: 'shop-05' })).toBe(1)

    await cloud.restart() // the store compacts its journal on open: old lines with the person are gone
    expect(readTree(cloud.dataDir)).not.toContain(PERSON)
  })
})

it('names every personal collection in Chinese on the my-data page', async () => {
  const { COLLECTION_LABELS } = await import('@/types/mydata.vocab')
  expect(personalCollections.map((d) => d.collection).filter((c) => !COLLECTION_LABELS[c])).toEqual([])
})
