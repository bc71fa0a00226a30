// Issue 16's "done when": every staff action, from a HAND-KEPT list (not read from the code), refuses another
// block's records. The seed puts every record in 新华路第一街区 (block-xinhua-1 of street-xinhua); outsiders are
// staff of 新华路第二街区 and an admin of 友谊路街道. The same call by an admin of block-xinhua-1 (an insider) is
// not refused, so a row cannot pass by refusing everyone.
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'

const NOW = new Date('2026-11-27T10:00:00+08:00')
const OUT_STAFF = 'out-staff' // staff of block-xinhua-2
const OUT_ADMIN = 'out-admin' // staff + admin of street-youyi
const IN_ADMIN = 'in-admin' // staff + admin of block-xinhua-1
const IN_STREET = 'in-street' // admin of street-xinhua (blocks are the street's to edit)
const REFUSED = ['NOT_FOUND', 'FORBIDDEN']

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
  await cloud.store.insertMany('users', [
    { _id: OUT_STAFF, roles: ['staff'], nickname: '二街区网格员', createdAt: NOW, scope: { level: 'block', blockIds: ['block-xinhua-2'] } },
    { _id: OUT_ADMIN, roles: ['staff', 'admin'], nickname: '友谊路管理员', createdAt: NOW, scope: { level: 'street', streetIds: ['street-youyi'] } },
    { _id: IN_STREET, roles: ['staff', 'admin'], nickname: '新华路管理员', createdAt: NOW, scope: { level: 'street', streetIds: ['street-xinhua'] } },
    { _id: IN_ADMIN, roles: ['staff', 'admin'], nickname: '一街区书记', createdAt: NOW, scope: { level: 'block', blockIds: ['block-xinhua-1'] } },
  ])
}, 60_000)
afterAll(() => cloud?.stop())

let n = 0
const rid = () => `rscope${(n++).toString(36).padStart(6, '0')}`
const answers = { partyMembers: 'none', childcareNeeded: false }
const shopFields = { name: '新华咖啡', address: '新华路 205 号', lat: 31.2051, lng: 121.4262, category: 'catering', grid: 'grid-1', tags: [] }
const projectFields = {
  name: '一杯咖啡',
  summary: '每天固定时段为骑手送一杯免费咖啡。',
  beneficiary: 'couriers',
  quota: 5,
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
}
const positionFields = { name: '新华路党群服务站', address: '新华路 1 号', lat: 31.2046, lng: 121.4247, hours: '9:00–17:00', featured: [] }

/** Reads and writes by id of block-xinhua-1's records. `who`: the outsider who calls (admin-only actions: OUT_ADMIN). */
type ByIdRow = { action: string; data: () => object; who?: string; insider?: string }
const BY_ID: ByIdRow[] = [
  { action: 'shops.get', data: () => ({ shopId: 'shop-01' }) },
  { action: 'shops.upsert', data: () => ({ requestId: rid(), shopId: 'shop-02', shop: { ...shopFields, name: '改名' } }) },
  { action: 'shops.attachManager', data: () => ({ shopId: 'shop-02', openid: 'someone-new' }) },
  { action: 'shops.detachManager', data: () => ({ shopId: 'shop-01', openid: 'demo-merchant' }) },
  { action: 'visits.log', data: () => ({ requestId: rid(), shopId: 'shop-03', answers }) },
  { action: 'needs.get', data: () => ({ needId: 'need-demo-01' }) },
  { action: 'needs.accept', data: () => ({ needId: 'need-demo-01' }) },
  { action: 'needs.reply', data: () => ({ needId: 'need-demo-02', message: '收到' }) },
  { action: 'needs.assign', data: () => ({ needId: 'need-demo-03', assigneeOpenid: OUT_STAFF }) },
  { action: 'needs.escalate', data: () => ({ needId: 'need-demo-04', reason: '需要协调' }) },
  { action: 'needs.resolve', data: () => ({ needId: 'need-demo-05', message: '已解决' }) },
  { action: 'events.update', data: () => ({ id: 'ev-demo-market', organiser: '别的街区' }), who: OUT_ADMIN },
  { action: 'events.eventCode', data: () => ({ eventId: 'ev-demo-market' }), who: OUT_ADMIN },
  { action: 'events.roster', data: () => ({ eventId: 'ev-demo-market' }), who: OUT_ADMIN },
  { action: 'events.rosterCsv', data: () => ({ eventId: 'ev-demo-market' }), who: OUT_ADMIN },
  { action: 'events.signupDetail', data: () => ({ signupId: 'ev-demo-market:seed-neighbour-001' }), who: OUT_ADMIN },
  { action: 'events.checkin', data: () => ({ eventId: 'ev-demo-market', signupId: 'ev-demo-market:seed-neighbour-002' }), who: OUT_ADMIN },
  { action: 'projects.save', data: () => ({ requestId: rid(), id: 'proj-coffee', fields: projectFields }) },
  { action: 'projects.fulfilments', data: () => ({ claimId: 'proj-coffee:shop-01' }) },
  { action: 'projects.review', data: () => ({ claimId: 'proj-scarf:shop-01', decision: 'approve' }) },
  { action: 'notices.save', data: () => ({ requestId: rid(), id: 'notice-night-school', kind: 'notice', title: '改标题', body: '改内容' }) },
  { action: 'notices.end', data: () => ({ id: 'notice-night-school' }) },
  { action: 'badges.revoke', data: () => ({ id: 'badge-demo-staff' }) },
  {
    action: 'badges.issue',
    data: () => ({ requestId: rid(), openid: OUT_STAFF, name: '张三', title: '网格员', grid: 'grid-1', validUntil: '2027-11-27T23:59:59+08:00' }),
    who: OUT_ADMIN,
  },
  { action: 'positions.save', data: () => ({ requestId: rid(), id: 'pos-xinhua-01', ...positionFields }) },
  { action: 'positions.remove', data: () => ({ id: 'pos-xinhua-02' }) },
  { action: 'teams.save', data: () => ({ teamId: 'team-action', name: '行动队', description: '改介绍' }), who: OUT_ADMIN },
  {
    action: 'teams.saveActivity',
    data: () => ({
      requestId: rid(),
      teamId: 'team-action',
      title: '巡查',
      place: '新华路',
      startsAt: '2026-12-01T09:00:00+08:00',
      endsAt: '2026-12-01T11:00:00+08:00',
    }),
  },
  { action: 'hours.forActivity', data: () => ({ activityId: 'act-patrol' }) },
  {
    action: 'hours.correct',
    data: () => ({
      activityId: 'act-patrol',
      openid: 'demo-resident',
      checkInAt: '2026-11-20T09:00:00+08:00',
      checkOutAt: '2026-11-20T11:00:00+08:00',
      note: '补录',
    }),
  },
  {
    action: 'org.saveBlock',
    data: () => ({
      blockId: 'block-xinhua-1',
      streetId: 'street-xinhua',
      name: '新华路第一街区',
      branch: '新华路第一街区党支部',
      centre: { lat: 31.2046, lng: 121.4247 },
      grids: [
        { gridId: 'grid-1', name: '第一网格' },
        { gridId: 'grid-2', name: '第二网格' },
        { gridId: 'grid-3', name: '第三网格' },
      ],
    }),
    who: OUT_ADMIN,
    insider: IN_STREET,
  },
  {
    action: 'users.grantRole',
    data: () => ({ openid: 'someone-new', role: 'staff', granted: true, scope: { level: 'block', blockIds: ['block-xinhua-1'] } }),
    who: OUT_ADMIN,
  },
  { action: 'dashboard.ledger', data: () => ({ month: '2026-11', scope: { blockId: 'block-xinhua-1' } }) },
  { action: 'dashboard.trends', data: () => ({ weeks: 4, scope: { blockId: 'block-xinhua-1' } }) },
  { action: 'posters.make', data: () => ({ kind: 'event', id: 'ev-demo-market' }), who: OUT_ADMIN },
  { action: 'posters.make', data: () => ({ kind: 'project', id: 'proj-coffee' }) },
  { action: 'posters.make', data: () => ({ kind: 'block', id: 'block-xinhua-1' }) },
  { action: 'hours.exportTeam', data: () => ({ teamId: 'team-action', from: '2026-01-01', to: '2026-11-27' }) },
  // Destructive last: the insider pass would otherwise change what the rows above read.
  { action: 'events.setStatus', data: () => ({ id: 'ev-demo-market', status: 'cancelled' }), who: OUT_ADMIN },
]

/** Lists: an outsider's answer holds none of block-xinhua-1's records (the insider's does: a control). */
type ListRow = { action: string; data: () => object; count: (data: any) => number; who?: string }
const LISTS: ListRow[] = [
  { action: 'shops.list', data: () => ({}), count: (d) => d.shops.length },
  { action: 'visits.list', data: () => ({ limit: 50 }), count: (d) => d.visits.length },
  { action: 'visits.due', data: () => ({ grid: 'grid-1' }), count: (d) => d.shops.length },
  { action: 'needs.inbox', data: () => ({ status: 'resolved' }), count: (d) => d.needs.length },
  { action: 'events.manage', data: () => ({ includePast: true }), count: (d) => d.events.length, who: OUT_ADMIN },
  { action: 'events.stats', data: () => ({ from: '2026-01-01T00:00:00+08:00', to: '2027-12-31T00:00:00+08:00' }), count: (d) => d.events },
  { action: 'projects.reviewQueue', data: () => ({}), count: (d) => d.claims.length },
  { action: 'projects.intents', data: () => ({}), count: (d) => d.intents.length },
  { action: 'badges.list', data: () => ({}), count: (d) => d.badges.length },
  { action: 'dashboard.stats', data: () => ({ from: '2026-08-01', to: '2026-11-27' }), count: (d) => d.totals.shops + d.totals.visits + d.needs.total },
  { action: 'dashboard.csv', data: () => ({ from: '2026-08-01', to: '2026-11-27' }), count: (d) => csvValueSum(d.csv) },
  // The colleague picker: staff who work only in block-xinhua-1 are that block's "records".
  { action: 'users.staff', data: () => ({}), count: (d) => d.staff.filter((s: { openid: string }) => [IN_ADMIN, 'demo-staff'].includes(s.openid)).length },
]

/** The CSV's 数值 column summed, the 统计区间 row left out: 0 when the scope holds nothing. */
function csvValueSum(csv: string): number {
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(2)
  return rows.reduce((sum, row) => sum + (Number(row.split(',')[2]) || 0), 0)
}

describe('staff of another block are refused on block-xinhua-1 records', () => {
  it.each(BY_ID.map((row) => [row.action, row] as const))('%s by id → NOT_FOUND or FORBIDDEN', async (_name, row) => {
    const res = await cloud.callUnchecked(row.action, row.data(), row.who ?? OUT_STAFF)
    expect(res.ok ? 'ok' : res.error.code).toEqual(expect.stringMatching(new RegExp(`^(${REFUSED.join('|')})$`)))
  })

  it.each(LISTS.map((row) => [row.action, row] as const))('%s lists none of them', async (_name, row) => {
    const answer = await cloud.callUnchecked(row.action, row.data(), row.who ?? OUT_STAFF)
    const res = answer.ok ? answer.data : answer.error
    expect(row.count(res)).toBe(0)
  })
})

describe("the same calls by the block's own admin are not refused (control)", () => {
  it.each(BY_ID.map((row) => [row.action, row] as const))('%s', async (_name, row) => {
    const res = await cloud.callUnchecked(row.action, row.data(), row.insider ?? IN_ADMIN)
    const code = res.ok ? 'ok' : res.error.code
    expect(REFUSED).not.toContain(code)
  })

  it.each(LISTS.map((row) => [row.action, row] as const))('%s lists some', async (_name, row) => {
    const answer = await cloud.callUnchecked(row.action, row.data(), IN_ADMIN)
    const res = answer.ok ? answer.data : answer.error
    expect(row.count(res)).toBeGreaterThan(0)
  })
})
