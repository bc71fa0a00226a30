/**
 * What CloudBase refuses or limits, checked through the real wx-server-sdk inside a function the local
 * cloud runs (fixture `conformance`, test/local-cloud/fixtures/functions/conformance/index.js). Each case is
 * "what the function does" + "what CloudBase answers", with the source of the expected answer beside it, so
 * the same cases can later run against a real environment with that function deployed.
 */
import type { TestCloud } from '../../helpers/localCloud'
import { startFixtureCloud } from '../fixtures/testCloud'

jest.setTimeout(60_000)

const collections = {
  collections: {
    notes: { rule: { read: false, write: false }, indexes: [] },
    conformance: { rule: { read: false, write: false }, indexes: [] },
    conformance_geo: {
      rule: { read: false, write: false },
      indexes: [{ name: 'loc_2dsphere', keys: [{ field: 'loc', direction: '2dsphere' }] }],
    },
  },
}

type ProbeResult = { value?: any; thrown?: boolean; errCode?: number; errMsg?: string }

let cloud: TestCloud
const probe = async (name: string, args: object = {}, openid = 'o-conformance'): Promise<ProbeResult> => {
  const { status, body } = await cloud.callFunction('conformance', { probe: name, ...args }, openid)
  if (status !== 200) throw new Error(`conformance ${name}: HTTP ${status} ${JSON.stringify(body)}`)
  return body as ProbeResult
}
const put = (...docs: object[]) => probe('put', { docs })

beforeAll(async () => {
  cloud = await startFixtureCloud({ collections })
})
afterAll(() => cloud.stop())

describe('updates (MongoDB path rules; the SDK flattens nested objects: @cloudbase/database serializer/update.ts)', () => {
  // CloudBase answers DATABASE_REQUEST_FAILED; wx-server-sdk maps it to -502001 (TCB_ERR_CODE, maybeTransformError).
  test('a nested object written onto a null field is refused: "Cannot create field ... in element {rating: null}"', async () => {
    await put({ _id: 'need1', rating: null })
    const r = await probe('update', { id: 'need1', data: { rating: { stars: 5, comment: '好' } } })
    expect(r).toMatchObject({ thrown: true, errCode: -502001 })
    expect(r.errMsg).toContain("Cannot create field 'stars' in element {rating: null}")
    expect((await probe('read', { id: 'need1' })).value.rating).toBeNull()
  })

  test('_.set() replaces the null field whole and succeeds', async () => {
    await put({ _id: 'need2', rating: null })
    expect(await probe('updateWithSet', { id: 'need2', field: 'rating', value: { stars: 4 } })).toEqual({ value: { updated: 1 } })
    expect((await probe('read', { id: 'need2' })).value.rating).toEqual({ stars: 4 })
  })

  test('a nested object written onto a string field is refused', async () => {
    await put({ _id: 'ev1', place: '社区中心' })
    const r = await probe('update', { id: 'ev1', data: { place: { name: '社区中心' } } })
    expect(r).toMatchObject({ thrown: true, errCode: -502001 })
    expect(r.errMsg).toContain('Cannot create field \'name\' in element {place: "社区中心"}')
  })

  test('a nested object onto a missing field or an object merges', async () => {
    await put({ _id: 'ev2', route: { key: 'a', name: 'A' } })
    expect(await probe('update', { id: 'ev2', data: { route: { name: 'B' }, place: { name: 'P' } } })).toEqual({ value: { updated: 1 } })
    expect((await probe('read', { id: 'ev2' })).value).toMatchObject({ route: { key: 'a', name: 'B' }, place: { name: 'P' } })
  })

  test('_.push onto a null field is refused ("must be an array")', async () => {
    await put({ _id: 'arr1', tags: null })
    const r = await probe('pushOnto', { id: 'arr1', field: 'tags', value: 'x' })
    expect(r).toMatchObject({ thrown: true, errCode: -502001 })
    expect(r.errMsg).toContain("The field 'tags' must be an array but is of type null")
  })
})

describe('transactions (snapshot isolation: TencentCloudBase/node-sdk test/database/unit/transaction.test.ts)', () => {
  // The conflict is DATABASE_TRANSACTION_CONFLICT with this text ("读偏"); wx-server-sdk's TCB_ERR_CODE has no
  // entry for it, so it surfaces as -501001 without `.code`, and @cloudbase/database's runTransaction (which
  // retries only error.code === 'DATABASE_TRANSACTION_CONFLICT', src/transaction/index.ts) does not retry it.
  const CONFLICT = '[ResourceUnavailable.TransactionConflict] Transaction is conflict'

  test('two transactions writing one document at once: exactly one commits, the other fails at its write within a second, not retried', async () => {
    await put({ _id: 'counter', n: 0 })
    // Each holds its transaction open 4 s after its write, so the two overlap even when a loaded machine starts the
    // second instance late (at 1.5 s both committed, one after the other, under a load average of 17).
    const [a, b] = await Promise.all([probe('txIncrement', { id: 'counter', holdMs: 4000 }), probe('txIncrement', { id: 'counter', holdMs: 4000 })])
    const results = [a.value, b.value]
    const committed = results.filter((r) => r.committed)
    const failed = results.filter((r) => !r.committed)
    expect(committed).toHaveLength(1)
    expect(failed).toHaveLength(1)
    expect(failed[0]).toMatchObject({ attempts: 1, errCode: -501001 })
    expect(failed[0].code).toBeUndefined()
    expect(failed[0].errMsg).toContain(CONFLICT)
    expect(failed[0].ms).toBeLessThan(1000)
    expect((await probe('read', { id: 'counter' })).value.n).toBe(1)
  })

  test('the second writer of a document another open transaction has written fails at that write; the first commits', async () => {
    await put({ _id: 'doc2w', by: 'nobody' })
    const r = await probe('txSecondWriter', { id: 'doc2w' })
    expect(r.value.second).toMatchObject({ thrown: true, errCode: -501001 })
    expect(r.value.second.errMsg).toContain(CONFLICT)
    expect(r.value.final).toBe('t1')
  })

  test('reads take no locks and see the snapshot; writes are invisible outside until commit ("读快照")', async () => {
    await put({ _id: 'snap', v: 'before' })
    expect(await probe('txSnapshot', { id: 'snap' })).toEqual({ value: { outside: 'before', seenByT2: 'before', seenByT2After: 'before' } })
    expect((await probe('read', { id: 'snap' })).value.v).toBe('in-t1')
  })

  test('a write outside after the snapshot makes the transaction\'s write of that document fail ("读偏")', async () => {
    await put({ _id: 'skew', v: 'start' })
    const r = await probe('txOutsideWriteFirst', { id: 'skew' })
    expect(r.value).toMatchObject({ thrown: true, errCode: -501001 })
    expect(r.value.errMsg).toContain(CONFLICT)
    expect((await probe('read', { id: 'skew' })).value.v).toBe('outside')
  })

  // The server answers null ("get不存在的文档，返回null"), but wx-server-sdk's DocumentReference.get throws on an
  // empty answer unless the database was made with throwOnNotFound: false (index.js document.ts get()).
  test('get of a missing document inside a transaction: null from the server, which wx-server-sdk throws as "does not exist"', async () => {
    expect(await probe('txGetMissing')).toEqual({ thrown: true, errCode: -1, errMsg: 'document.get:fail document with _id no-such-doc does not exist' })
  })

  test('operations after commit fail: TransactionNotExist ("事务提交后, 不能进行其它操作")', async () => {
    await put({ _id: 'late', v: 0 })
    const r = await probe('txAfterCommit', { id: 'late' })
    expect(r).toMatchObject({ thrown: true, errCode: -501001 })
    expect(r.errMsg).toContain(
      '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds',
    )
  })

  test('where() inside a transaction is refused (WeChat Transaction doc: only single-record operations)', async () => {
    const r = await probe('txWhere')
    expect(r.thrown).toBe(true)
    expect(r.errMsg).toMatch(/not allowed in a transaction/)
  })
})

describe('page sizes', () => {
  beforeAll(async () => {
    await probe('fill', { count: 1200 })
  })
  // @cloudbase/database src/query.ts:212 sends limit 100 by default and caps it at 1000 (node-sdk query.limit.test.ts).
  test('get() answers 100 by default, at most 1000', async () => {
    expect(await probe('getCount', {})).toEqual({ value: 100 })
    expect(await probe('getCount', { limit: 2000 })).toEqual({ value: 1000 })
  })
  // developers.weixin.qq.com community (doc/000624c67c8b48611dba2b12058c13): an aggregate without $limit answers 20.
  test('aggregate() without $limit answers 20; with $limit, that many', async () => {
    expect(await probe('aggregateCount', {})).toEqual({ value: 20 })
    expect(await probe('aggregateCount', { limit: 300 })).toEqual({ value: 300 })
  })
  // MongoDB ≤ 4.0 $geoNear returns 100 documents unless told otherwise (MongoDB 4.0 manual, $geoNear `num`).
  test('$geoNear without its own limit answers at most 100 (even under a larger $limit)', async () => {
    await probe('fillGeo', { count: 150 })
    expect(await probe('geoNearCount')).toEqual({ value: 100 })
  })
})

describe('cloud calls and identity', () => {
  // WeChat openapi doc + docs.cloudbase.net FAQ: a call not listed in config.json permissions.openapi fails -604101;
  // wx-server-sdk throws CommOpenApiResp.errorCode as errCode (callGeneralOpenAPI).
  test('cloud.openapi.* from a function whose config.json grants nothing fails with -604101', async () => {
    const r = await probe('msgSecCheck')
    expect(r).toMatchObject({ thrown: true, errCode: -604101 })
    expect(await probe('getUnlimited')).toMatchObject({ thrown: true, errCode: -604101 })
  })

  // wx-server-sdk getWXContext parses all-digit values into numbers; real openids never are all digits.
  test('OPENID reaches the function as a string; an all-digit x-wx-openid is refused before it could become a number', async () => {
    expect(await probe('whoami', {}, 'oAbC123_-x')).toEqual({ value: { openid: 'oAbC123_-x', type: 'string' } })
    const { status } = await cloud.callFunction('conformance', { probe: 'whoami' }, '1234567890123456789')
    expect(status).toBe(400)
  })
})
