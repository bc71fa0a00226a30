// 志愿队 created and edited in the app: a new environment (no seed) gets its teams from an admin, and people can join.
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const ADMIN = 'teams-admin'
const STAFF = 'teams-staff'
let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.store.insertMany('users', [
    { _id: ADMIN, roles: ['resident', 'admin'], nickname: '街道管理员', createdAt: new Date() },
    { _id: STAFF, roles: ['resident', 'staff'], nickname: '网格员', createdAt: new Date() },
  ])
})
afterAll(() => cloud?.stop())

it('an admin creates teams in an empty environment; they list in order and can be joined', async () => {
  expect((await cloud.callOk('teams.list', {}, 'someone')).teams).toEqual([])
  const riders = await cloud.callOk('teams.save', { name: '骑士团', description: '骑手志愿者' }, ADMIN)
  const shops = await cloud.callOk('teams.save', { name: '好店家', description: '商户志愿者' }, ADMIN)
  expect(riders).toMatchObject({ name: '骑士团', memberCount: 0, joined: false })
  expect((await cloud.callOk('teams.list', {}, 'someone')).teams.map((t) => t.name)).toEqual(['骑士团', '好店家'])
  expect(await cloud.callOk('teams.join', { teamId: shops.id }, 'someone')).toMatchObject({ joined: true, memberCount: 1 })
})

it('an admin edits a team without touching its members', async () => {
  const { teams } = await cloud.callOk('teams.list', {}, 'someone')
  const shops = teams.find((t) => t.name === '好店家')!
  const edited = await cloud.callOk('teams.save', { teamId: shops.id, name: '新域好店家', description: '街区商户志愿者', order: 0 }, ADMIN)
  expect(edited).toMatchObject({ id: shops.id, name: '新域好店家', memberCount: 1 })
  expect((await cloud.callOk('teams.list', {}, 'someone')).teams.map((t) => t.name)).toEqual(['新域好店家', '骑士团'])
})

it('refuses staff and riders, an empty name, and an unknown team', async () => {
  for (const who of [STAFF, 'someone'])
    expect(await cloud.call('teams.save', { name: '行动队', description: '' }, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await cloud.callUnchecked('teams.save', { name: ' ', description: '' }, ADMIN)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  expect(await cloud.call('teams.save', { teamId: 'team-nope', name: '行动队', description: '' }, ADMIN)).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  expect(await cloud.store.find('teams', {})).toHaveLength(2)
})
