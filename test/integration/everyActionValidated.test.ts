// Every action still validates its input by its schema now that features load on their first call (issue 17): the
// built api function, as a caller holding every role, answers INVALID_INPUT naming the input to each action called
// with a number instead of its fields, and writes nothing.
import { allActions } from '@/cloudfunctions/api/actions'
import { ROLES } from '@/types/roles'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const EVERYONE = 'all-roles-person'
const names = allActions().map((a) => a.name)

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.store.insertMany('users', [{ _id: EVERYONE, roles: [...ROLES], nickname: '全角色', createdAt: new Date() }])
})
afterAll(() => cloud?.stop())

it('there are actions of every feature to call', () => {
  expect(names.length).toBeGreaterThan(50)
})

it.each(names)('%s answers INVALID_INPUT to a number as its data', async (name) => {
  const res = await cloud.callUnchecked(name, 42, EVERYONE)
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})

it('nothing was written by the refused calls', async () => {
  const users = await cloud.store.find('users', {})
  expect(users.map((u) => u._id)).toEqual([EVERYONE])
  expect(await cloud.store.find('requests', {})).toEqual([])
})

it('an action of an unknown domain, and an unknown action of a known one, are refused by name', async () => {
  expect(await cloud.callUnchecked('nosuch.thing', {}, EVERYONE)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.stringContaining('nosuch.thing') },
  })
  expect(await cloud.callUnchecked('users.explode', {}, EVERYONE)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', message: expect.stringContaining('users.explode') },
  })
})
