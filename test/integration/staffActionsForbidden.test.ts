// Who may call what, as the rule says (DOMAIN.md: residents, couriers and merchants never reach the 工作台's actions;
// grants, imports, badges and the system are the street office's own). The lists are written here by hand, not
// read from the router: an action that loses its role check, or a new action nobody classified, fails this suite.
import { allActions } from '@/cloudfunctions/api/actions'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

/** 网格员 and 街道管理员 only. */
const STAFF_ACTIONS = [
  'badges.list',
  'badges.mine',
  'badges.revoke',
  'dashboard.csv',
  'dashboard.ledger',
  'dashboard.stats',
  'dashboard.trends',
  'events.create',
  'events.eventCode',
  'events.manage',
  'events.roster',
  'events.rosterCsv',
  'events.setStatus',
  'events.signupDetail',
  'events.stats',
  'events.update',
  'hours.correct',
  'hours.exportTeam',
  'hours.forActivity',
  'org.dashboard',
  'posters.make',
  'needs.accept',
  'needs.assign',
  'needs.escalate',
  'needs.inbox',
  'needs.reply',
  'needs.resolve',
  'notices.end',
  'notices.removeShelter',
  'notices.save',
  'notices.saveShelter',
  'positions.remove',
  'positions.save',
  'projects.intents',
  'projects.review',
  'projects.reviewQueue',
  'projects.save',
  'resources.remove',
  'resources.save',
  'shops.attachManager',
  'shops.detachManager',
  'shops.get',
  'shops.list',
  'shops.upsert',
  'stations.archive',
  'stations.listManaged',
  'stations.reopen',
  'stations.save',
  'stations.suspend',
  'teams.saveActivity',
  'users.staff',
  'visits.due',
  'visits.list',
  'visits.log',
]

/** 街道管理员 only. */
const ADMIN_ACTIONS = [
  'badges.issue',
  'org.saveBlock',
  'org.saveStreet',
  'imports.applyPositions',
  'imports.applyStations',
  'imports.previewPositions',
  'imports.previewStations',
  'system.probe',
  'teams.save',
  'users.get',
  'users.grantRole',
]

/** Open to anyone signed in at the router; finer rules (a shop's manager, one's own record) sit in the handlers. */
const OPEN_ACTIONS = [
  'badges.verify',
  'events.cancel',
  'events.checkin',
  'events.get',
  'events.list',
  'events.mine',
  'events.remind',
  'events.signup',
  'events.signupCompanion',
  'hours.certificate',
  'hours.checkIn',
  'hours.checkOut',
  'hours.mine',
  'hours.verifyCertificate',
  'mydata.delete',
  'mydata.export',
  'mydata.exportFile',
  'needs.get',
  'needs.mine',
  'needs.rate',
  'needs.submit',
  'org.myBlock',
  'org.setHomeBlock',
  'org.suggestHomeBlock',
  'org.tree',
  'notices.active',
  'notices.get',
  'notices.list',
  'positions.nearby',
  'projects.claim',
  'projects.fulfil',
  'projects.fulfilments',
  'projects.get',
  'projects.intent',
  'projects.list',
  'projects.mine',
  'projects.perksNear',
  'projects.wall',
  'projects.withdraw',
  'resources.favourites',
  'resources.get',
  'resources.list',
  'resources.search',
  'resources.setFavourite',
  'shops.mine',
  'stations.get',
  'stations.nearby',
  'teams.get',
  'teams.join',
  'teams.leave',
  'teams.list',
  'users.chooseRoles',
  'users.me',
]

const NOW = new Date('2026-05-01T09:00:00+08:00')
const PEOPLE = {
  resident: 'fb-resident',
  courier: 'fb-courier',
  merchant: 'fb-merchant',
  staff: 'fb-staff',
  admin: 'fb-admin',
}

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await cloud.store.insertMany('users', [
    { _id: PEOPLE.resident, roles: ['resident'], nickname: '居民', createdAt: NOW },
    { _id: PEOPLE.courier, roles: ['courier'], nickname: '骑手', createdAt: NOW },
    // A merchant who is also a resident and a courier: every self-chosen and merchant role together is still not staff.
    { _id: PEOPLE.merchant, roles: ['resident', 'courier', 'merchant'], nickname: '店主', createdAt: NOW },
    { _id: PEOPLE.staff, roles: ['staff'], nickname: '网格员', createdAt: NOW },
    { _id: PEOPLE.admin, roles: ['admin'], nickname: '管理员', createdAt: NOW },
  ])
})
afterAll(() => cloud?.stop())

it('every action the api serves is classified here, once', () => {
  const classified = [...STAFF_ACTIONS, ...ADMIN_ACTIONS, ...OPEN_ACTIONS]
  expect(new Set(classified).size).toBe(classified.length)
  expect(
    allActions()
      .map((a) => a.name as string)
      .sort(),
  ).toEqual(classified.sort())
})

describe.each([PEOPLE.resident, PEOPLE.courier, PEOPLE.merchant])('%s', (openid) => {
  it.each([...STAFF_ACTIONS, ...ADMIN_ACTIONS])('gets FORBIDDEN from %s', async (name) => {
    expect(await cloud.callUnchecked(name, {}, openid)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('a 网格员 without admin', () => {
  it.each(ADMIN_ACTIONS)('gets FORBIDDEN from %s', async (name) => {
    expect(await cloud.callUnchecked(name, {}, PEOPLE.staff)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
  it.each(STAFF_ACTIONS)('is let past the role check of %s', async (name) => {
    const res = await cloud.callUnchecked(name, {}, PEOPLE.staff)
    expect(res.ok ? 'OK' : res.error.code).not.toBe('FORBIDDEN')
  })
})

describe('a 街道管理员 (admin alone, without staff)', () => {
  it.each([...STAFF_ACTIONS, ...ADMIN_ACTIONS])('is let past the role check of %s', async (name) => {
    const res = await cloud.callUnchecked(name, {}, PEOPLE.admin)
    expect(res.ok ? 'OK' : res.error.code).not.toBe('FORBIDDEN')
  })
})
