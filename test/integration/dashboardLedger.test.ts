import type { ActionInput } from '@/types/actions'
// The monthly ledger (台账, issue 18): an .xlsx in cloud storage whose sheets, parsed back, hold the fixture
// month's rows and totals — Shanghai month boundaries, personal data only for an admin who asks (and logged).
import readXlsxFile from 'read-excel-file/node'
import type { LedgerFile } from '@/types/ledger'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

let cloud: TestCloud
const sh = (local: string) => new Date(`${local}+08:00`)

beforeAll(async () => {
  cloud = await startTestCloud()
  cloud.setNow(sh('2026-06-03T10:00:00'))
  const at = sh('2026-05-01T08:00:00')
  await cloud.store.insertMany('users', [
    // A staff member of the whole city (issue 16's widest scope), so the ledger covers every record arranged here.
    { _id: 'ledger-staff', roles: ['staff'], nickname: '网格员', createdAt: at, scope: { level: 'city' } },
    { _id: 'ledger-admin', roles: ['admin'], nickname: '街道', createdAt: at },
    { _id: 'ledger-resident', roles: ['resident'], nickname: '居民', createdAt: at },
  ])
  await cloud.store.insertMany('blocks', [{ _id: 'block-1', streetId: 'street-ledger', name: '测试街区', createdAt: at }])
  const visit = (id: string, shopId: string, shopName: string, day: string, grid: string, blockId?: string) => ({
    _id: id,
    shopId,
    shopName,
    grid,
    day,
    staffOpenid: 'ledger-staff',
    notes: null,
    photos: [],
    needId: null,
    createdAt: sh(`${day}T10:00:00`),
    ...(blockId ? { blockId } : {}),
  })
  await cloud.store.insertMany('visits', [
    visit('v1', 'shop-a', '甲面包房', '2026-05-01', 'grid-1', 'block-1'),
    visit('v2', 'shop-b', '乙咖啡', '2026-05-31', 'grid-2'),
    visit('v3', 'shop-a', '甲面包房', '2026-05-20', 'grid-1'),
    visit('v4', 'shop-c', '丙花店', '2026-04-30', 'grid-3'),
    visit('v5', 'shop-c', '丙花店', '2026-06-01', 'grid-3'),
  ])
  const answers = (id: string, shopId: string, day: string, grid: string, a: object, blockId?: string) => ({
    _id: id,
    shopId,
    day,
    grid,
    ...a,
    ...(blockId ? { blockId } : {}),
  })
  await cloud.store.insertMany('visitAnswers', [
    answers('v1', 'shop-a', '2026-05-01', 'grid-1', { partyMembers: 'here', partyMemberCount: 2, childcareNeeded: true, difficulties: '房租太高' }, 'block-1'),
    answers('v2', 'shop-b', '2026-05-31', 'grid-2', { partyMembers: 'none', partyMemberCount: 0, childcareNeeded: true, difficulties: '缺夜班人手' }),
    // shop-a's latest answers of the month are these: they count, v1's do not.
    answers('v3', 'shop-a', '2026-05-20', 'grid-1', { partyMembers: 'here', partyMemberCount: 3, childcareNeeded: false, difficulties: '' }),
    answers('v4', 'shop-c', '2026-04-30', 'grid-3', { partyMembers: 'elsewhere', partyMemberCount: 5, childcareNeeded: true, difficulties: '四月' }),
    answers('v5', 'shop-c', '2026-06-01', 'grid-3', { partyMembers: 'elsewhere', partyMemberCount: 5, childcareNeeded: true, difficulties: '六月' }),
  ])
  const need = (id: string, createdAt: Date, level: number, status: string, resolvedAt: Date | null) => ({
    _id: id,
    submitterOpenid: 'ledger-resident',
    category: 'hiring',
    description: `诉求${id}的私密描述`,
    photos: [],
    place: null,
    stationId: null,
    stationName: null,
    shopId: 'shop-a',
    shopName: '甲面包房',
    grid: 'grid-1',
    visitId: null,
    level,
    status,
    assigneeOpenid: null,
    deadline: null,
    levelSince: createdAt,
    createdAt,
    updatedAt: createdAt,
    resolvedAt,
    rating: null,
    history: [],
  })
  await cloud.store.insertMany('needs', [
    // 00:30 on 1 May in Shanghai is still 30 April in UTC: it belongs to May.
    need('n1', sh('2026-05-01T00:30:00'), 1, 'resolved', sh('2026-05-01T10:30:00')),
    need('n2', sh('2026-05-10T09:00:00'), 2, 'resolved', sh('2026-05-11T15:00:00')),
    need('n3', sh('2026-05-31T23:00:00'), 3, 'accepted', null),
    need('n4', sh('2026-04-30T23:30:00'), 1, 'resolved', sh('2026-05-01T01:30:00')),
  ])
  const event = (id: string, title: string, status: string, startAt: Date) => ({
    _id: id,
    kind: 'sports',
    title,
    description: '',
    organiser: '街区党支部',
    place: { name: '新华路活动室', address: '新华路 1 号', lat: 31.2, lng: 121.4 },
    startAt,
    endAt: new Date(startAt.getTime() + 7_200_000),
    signupDeadline: startAt,
    cancelDeadline: startAt,
    capacity: 10,
    waitlistEnabled: true,
    audience: 'all',
    visibility: 'public',
    formFields: [],
    route: null,
    sessions: [],
    status,
    seatsTaken: 3,
    waitlistIssued: 0,
    eventSecret: 's',
    inviteCode: 'i',
    staffOpenids: ['ledger-staff'],
    createdAt: at,
    updatedAt: at,
  })
  await cloud.store.insertMany('events', [
    event('e1', '街区运动会', 'published', sh('2026-05-15T09:00:00')),
    event('e2', '取消的夜校', 'cancelled', sh('2026-05-31T19:00:00')),
    event('e3', '草稿活动', 'draft', sh('2026-05-16T09:00:00')),
    event('e4', '六月活动', 'published', sh('2026-06-01T09:00:00')),
  ])
  const signup = (eventId: string, openid: string, status: string, checkedInAt: Date | null) => ({
    _id: `${eventId}:${openid}`,
    eventId,
    openid,
    status,
    waitTicket: 1,
    checkinToken: 't',
    checkedInAt,
    checkedInBy: null,
    remind: false,
    reminderSentAt: null,
  })
  await cloud.store.insertMany('signups', [
    signup('e1', 'p1', 'seated', sh('2026-05-15T09:05:00')),
    signup('e1', 'p2', 'seated', sh('2026-05-15T09:06:00')),
    signup('e1', 'p3', 'seated', null),
    signup('e1', 'p4', 'waitlisted', null),
    signup('e1', 'p5', 'cancelled', null),
    signup('e4', 'p1', 'seated', sh('2026-06-01T09:05:00')),
  ])
  const claim = (id: string, projectName: string, shopName: string, status: string, createdAt: Date) => ({
    _id: id,
    projectId: `proj-${projectName}`,
    projectName,
    shopId: `shop-${shopName}`,
    shopName,
    commitment: '每周一次',
    status,
    rejectReason: null,
    fulfilmentCount: 0,
    history: [],
    createdAt,
    updatedAt: createdAt,
  })
  await cloud.store.insertMany('projectClaims', [
    claim('c1', '一杯咖啡', '乙咖啡', 'active', sh('2026-05-05T10:00:00')),
    claim('c2', '一把雨伞', '甲面包房', 'completed', sh('2026-04-01T10:00:00')),
    claim('c3', '一条围巾', '丙花店', 'pending', sh('2026-05-20T10:00:00')),
    claim('c4', '一把雨伞', '丙花店', 'active', sh('2026-04-02T10:00:00')),
  ])
  const fulfilment = (id: string, claimId: string, date: string) => ({
    _id: id,
    claimId,
    projectId: 'p',
    shopId: 's',
    date,
    given: '咖啡',
    photoFileId: null,
    byOpenid: 'x',
    createdAt: sh(`${date}T12:00:00`),
  })
  await cloud.store.insertMany('projectFulfilments', [
    fulfilment('f1', 'c1', '2026-05-06'),
    fulfilment('f2', 'c1', '2026-05-31'),
    fulfilment('f3', 'c1', '2026-06-01'),
    fulfilment('f4', 'c2', '2026-05-02'),
    fulfilment('f5', 'c4', '2026-04-30'),
  ])
})
afterAll(() => cloud?.stop())

type Sheets = Map<string, unknown[][]>

async function ledger(data: ActionInput<'dashboard.ledger'>, openid: string): Promise<{ file: LedgerFile; sheets: Sheets }> {
  const file = await cloud.callOk('dashboard.ledger', data, openid)
  const response = await fetch(file.url)
  expect(response.status).toBe(200)
  const parsed = await readXlsxFile(Buffer.from(await response.arrayBuffer()))
  return { file, sheets: new Map(parsed.map((s) => [s.sheet, s.data as unknown[][]])) }
}

/** The value beside a total's label (first column). */
const total = (rows: unknown[][] | undefined, label: string) => rows?.find((r) => r[0] === label)?.[1]

describe('dashboard.ledger', () => {
  it('writes the month (Shanghai dates) with the right totals on each sheet', async () => {
    const { file, sheets } = await ledger({ month: '2026-05' }, 'ledger-staff')
    expect(file.filename).toBe('暖新街区台账_2026-05.xlsx')
    expect([...sheets.keys()]).toEqual(['走访', '诉求', '活动', '公益项目'])

    const visits = sheets.get('走访')
    expect(visits?.[0]).toEqual(['走访日期', '网格', '商户'])
    expect(visits?.slice(1, 4).map((r) => r[0])).toEqual(['2026-05-01', '2026-05-20', '2026-05-31'])
    expect(total(visits, '走访次数')).toBe(3)
    expect(total(visits, '走访商户数')).toBe(2)
    expect(total(visits, '服务三问·有党员的商户')).toBe(1)
    expect(total(visits, '服务三问·党员人数')).toBe(3)
    expect(total(visits, '服务三问·需子女假期照看的商户')).toBe(1)
    expect(total(visits, '服务三问·反映经营困难的商户')).toBe(1)

    const needs = sheets.get('诉求')
    expect(needs?.slice(1, 4).map((r) => [r[0], r[2], r[6] ?? null])).toEqual([
      ['2026-05-01', '快发快处', 10],
      ['2026-05-10', '联勤联动', 30],
      ['2026-05-31', '统筹指挥', null],
    ])
    expect(total(needs, '诉求总数')).toBe(3)
    expect(total(needs, '已办结')).toBe(2)
    expect(total(needs, '办结用时中位数（小时）')).toBe(20)

    const events = sheets.get('活动')
    expect(events?.slice(1, 3).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['街区运动会', 3, 1, 2],
      ['取消的夜校', 0, 0, 0],
    ])
    expect(total(events, '活动场次')).toBe(2)
    expect(total(events, '入座人数')).toBe(3)
    expect(total(events, '签到人数')).toBe(2)

    const claims = sheets.get('公益项目')
    expect(claims?.slice(1, 4).map((r) => [r[0], r[1], r[4]])).toEqual([
      // pinyin order: yī bǎ, yī bēi, yī tiáo
      ['一把雨伞', '甲面包房', 1],
      ['一杯咖啡', '乙咖啡', 2],
      ['一条围巾', '丙花店', 0],
    ])
    expect(total(claims, '认领数')).toBe(3)
    expect(total(claims, '本月履约次数')).toBe(3)
    expect(total(claims, '履约商户数')).toBe(2)
  })

  it('holds no personal data unless an admin asks, and logs the admin who did', async () => {
    const { sheets } = await ledger({ month: '2026-05' }, 'ledger-staff')
    const text = JSON.stringify([...sheets.values()])
    for (const personal of ['缺夜班人手', '房租太高', '私密描述', '有，组织关系在本街道']) expect(text).not.toContain(personal)

    expect(await cloud.call('dashboard.ledger', { month: '2026-05', includePersonal: true }, 'ledger-staff')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await cloud.store.count('accessLog', { subject: 'ledger.personal' })).toBe(0)

    const withPersonal = await ledger({ month: '2026-05', includePersonal: true }, 'ledger-admin')
    expect(withPersonal.file.filename).toContain('含个人信息')
    const visits = withPersonal.sheets.get('走访')
    expect(visits?.[0]).toEqual(['走访日期', '网格', '商户', '有无党员', '党员人数', '子女假期照看', '经营困难'])
    expect(visits?.find((r) => r[0] === '2026-05-31')?.[6]).toBe('缺夜班人手')
    expect(JSON.stringify(withPersonal.sheets.get('诉求'))).toContain('诉求n1的私密描述')
    expect(await cloud.store.find('accessLog', { subject: 'ledger.personal' })).toEqual([
      expect.objectContaining({ staffOpenid: 'ledger-admin', subjectId: '2026-05' }),
    ])
  })

  it('keeps to the scope it is given (records of one block)', async () => {
    const { sheets } = await ledger({ month: '2026-05', scope: { blockId: 'block-1' } }, 'ledger-staff')
    expect(total(sheets.get('走访'), '走访次数')).toBe(1)
    expect(total(sheets.get('诉求'), '诉求总数')).toBe(0)
  })

  it('refuses residents, a bad month by its label, and an unknown key', async () => {
    expect(await cloud.call('dashboard.ledger', { month: '2026-05' }, 'ledger-resident')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const bad = await cloud.call('dashboard.ledger', { month: '2026-13' }, 'ledger-staff')
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    if (!bad.ok) expect(bad.error.message).toContain('月份')
    expect(await cloud.callUnchecked('dashboard.ledger', { month: '2026-05', scope: { street: 'x' } }, 'ledger-staff')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })
})
