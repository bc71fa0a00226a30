// Issue 16: the 活动 and 公告 lists follow the person's home block. A resident of 新华路第一街区 sees their block's
// events and notices, the street-open ones of 新华路街道's other blocks, and never another block's block-only ones
// nor another street's; emergencies always show; a person with no home block sees everything.
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'
import { eventFields, NOW } from '@/test/helpers/eventsFixture'

const B1_STAFF = 'hb-staff-b1' // staff of block-xinhua-1
const B2_STAFF = 'hb-staff-b2' // staff of block-xinhua-2 (same street)
const YOUYI_STAFF = 'hb-staff-youyi' // staff of block-youyi-1 (another street)
const RESIDENT = 'hb-resident' // picks block-xinhua-1 as home
const NEWCOMER = 'hb-newcomer' // no home block

let cloud: TestCloud
let n = 0
const rid = () => `rhomeblock${(n++).toString(36).padStart(6, '0')}`
const ids: Record<string, string> = {}

async function event(title: string, by: string, openToStreet: boolean) {
  ids[title] = (await cloud.callOk('events.create', { ...eventFields({ title }), openToStreet, publish: true, requestId: rid() }, by)).id
}
async function notice(title: string, by: string, kind: 'notice' | 'emergency', openToStreet?: boolean) {
  const saved = await cloud.callOk(
    'notices.save',
    { requestId: rid(), kind, title, body: `${title}的内容`, ...(openToStreet === undefined ? {} : { openToStreet }) },
    by,
  )
  ids[title] = saved.id
}
const eventTitles = async (openid: string) => (await cloud.callOk('events.list', {}, openid)).events.map((e) => e.title)
const noticeTitles = async (openid: string) => (await cloud.callOk('notices.list', {}, openid)).notices.map((x) => x.title)

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
  const staff = (id: string, blockId: string) => ({ _id: id, roles: ['staff'], nickname: id, createdAt: NOW, scope: { level: 'block', blockIds: [blockId] } })
  await cloud.store.insertMany('users', [
    staff(B1_STAFF, 'block-xinhua-1'),
    staff(B2_STAFF, 'block-xinhua-2'),
    staff(YOUYI_STAFF, 'block-youyi-1'),
    { _id: NEWCOMER, roles: ['resident'], nickname: '新来的', createdAt: NOW },
  ])
  // The resident sets the home block through the app's own action (as 我的街区 does).
  await cloud.callOk('org.setHomeBlock', { blockId: 'block-xinhua-1' }, RESIDENT)

  await event('一街区专场', B1_STAFF, false)
  await event('二街区专场', B2_STAFF, false)
  await event('二街区面向全街道', B2_STAFF, true)
  await event('友谊路面向全街道', YOUYI_STAFF, true)
  await notice('一街区公告', B1_STAFF, 'notice')
  await notice('二街区公告', B2_STAFF, 'notice', false)
  await notice('二街区全街道公告', B2_STAFF, 'notice', true)
  await notice('二街区台风应急', B2_STAFF, 'emergency')
  await notice('友谊路全街道公告', YOUYI_STAFF, 'notice', true)
}, 60_000)
afterAll(() => cloud?.stop())

describe('活动', () => {
  it('the records sit where their staff work, with the choice stored', async () => {
    expect(await cloud.store.find('events', { _id: ids['二街区面向全街道'] })).toEqual([
      expect.objectContaining({ blockId: 'block-xinhua-2', openToStreet: true }),
    ])
    expect((await cloud.callOk('events.get', { id: ids['二街区面向全街道'] }, B2_STAFF)).openToStreet).toBe(true)
  })

  it("a resident sees their block's events and the street-open ones of their street, not another block's own", async () => {
    const titles = await eventTitles(RESIDENT)
    expect(titles).toEqual(expect.arrayContaining(['一街区专场', '二街区面向全街道']))
    expect(titles).not.toContain('二街区专场')
    expect(titles).not.toContain('友谊路面向全街道')
  })

  it('a person with no home block sees every block’s events', async () => {
    expect(await eventTitles(NEWCOMER)).toEqual(expect.arrayContaining(['一街区专场', '二街区专场', '二街区面向全街道', '友谊路面向全街道']))
  })

  it('the editor’s choice can be changed later: a block-only event opened to the street reaches the resident', async () => {
    await cloud.callOk('events.update', { id: ids['二街区专场'], openToStreet: true }, B2_STAFF)
    expect(await eventTitles(RESIDENT)).toContain('二街区专场')
    await cloud.callOk('events.update', { id: ids['二街区专场'], openToStreet: false }, B2_STAFF)
    expect(await eventTitles(RESIDENT)).not.toContain('二街区专场')
  })

  it('after moving to another street the resident sees that street’s open events instead', async () => {
    await cloud.callOk('org.setHomeBlock', { blockId: 'block-youyi-1' }, NEWCOMER)
    const titles = await eventTitles(NEWCOMER)
    expect(titles).toContain('友谊路面向全街道')
    expect(titles).not.toContain('一街区专场')
    expect(titles).not.toContain('二街区面向全街道')
    await cloud.store.update('users', { _id: NEWCOMER }, { $unset: { homeBlockId: '', homeStreetId: '' } })
  })
})

describe('公告', () => {
  it("a resident sees their block's notices, the street-wide ones, and every emergency; not another block's own", async () => {
    const titles = await noticeTitles(RESIDENT)
    expect(titles).toEqual(expect.arrayContaining(['一街区公告', '二街区全街道公告', '二街区台风应急']))
    expect(titles).not.toContain('二街区公告')
    expect(titles).not.toContain('友谊路全街道公告')
  })

  it('a person with no home block sees every notice', async () => {
    expect(await noticeTitles(NEWCOMER)).toEqual(expect.arrayContaining(['一街区公告', '二街区公告', '二街区全街道公告', '二街区台风应急', '友谊路全街道公告']))
  })

  it('an edit that leaves out the choice keeps it', async () => {
    await cloud.callOk(
      'notices.save',
      { requestId: rid(), id: ids['二街区全街道公告'], kind: 'notice', title: '二街区全街道公告', body: '改过的内容' },
      B2_STAFF,
    )
    expect(await noticeTitles(RESIDENT)).toContain('二街区全街道公告')
  })
})
