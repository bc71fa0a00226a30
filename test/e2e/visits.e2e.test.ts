// 商户走访 from the 工作台: pick a grid, visit the shop seen least recently, answer the 服务三问 with taps, add a
// photo, raise a need — and find it in 诉求工单. Then 商户名录: add a shop and change its contact person.
import type { Page } from 'playwright-core'
import { BLOCK_CENTRE } from '@/types/stations.vocab'
import { closedAfterSave, openApp, type AppUnderTest } from './browser'
import { poll } from './poll'

jest.setTimeout(120_000)

let app: AppUnderTest
let page: Page
beforeAll(async () => {
  app = await openApp()
  page = await app.context.newPage()
  await page.goto(`${app.cloud.url}/#/features/me/pages/index/index`)
  await page.locator('.identity-option-demo-staff').click()
  await page.waitForTimeout(300)
})
afterAll(() => app?.close())

const text = (selector: string) => () =>
  page
    .locator(selector)
    .first()
    .innerText()
    .catch(() => '')
// A 1×1 PNG, as a phone's camera would hand over a file.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64')

test('a visit from 商户走访 raises a need that 诉求工单 shows with the shop filled in', async () => {
  const due = await app.cloud.call('visits.due', { grid: 'grid-3' }, 'demo-staff')
  if (!due.ok) throw new Error(due.error.message)
  const first = due.data.shops[0]

  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  await page.locator('.entry-staff-visits').click()
  await page.locator('.visit-grid-grid-3').click()
  await page.locator(`.visit-round-row-${first.id}`).waitFor({ timeout: 15_000 })
  expect(await page.locator('.visit-round-row__name').first().innerText()).toBe(first.name)
  await page.locator('.visit-round-log').first().click()

  expect(await poll(text('.visit-shop-name'), (t) => t === first.name)).toBe(first.name)
  await page.locator('.visit-party-here').click()
  await page.locator('.visit-party-count-2').click()
  await page.locator('.visit-childcare-needed').click()
  await page.locator('.visit-childcare-way-summerClass').click()
  await page.locator('.visit-difficulty-some').click()
  await page.locator('.visit-difficulty-kind-hiring').click()
  await page.locator('.visit-raise-need').click()
  const chooser = page.waitForEvent('filechooser')
  await page.locator('.visit-add-photo').click()
  await (await chooser).setFiles({ name: 'shopfront.png', mimeType: 'image/png', buffer: PHOTO })
  await poll(text('.visit-photos'), (t) => t.includes('已添加 1 张'))
  expect(await page.locator('.visit-save').innerText()).toContain('保存走访并转为诉求')
  await page.locator('.visit-save').click()
  await closedAfterSave(page, '.visit-form')

  // Back on 商户走访: the visit heads the log, and the shop has gone to the end of the round.
  const logged = () =>
    page
      .locator('.visit-log-row', { hasText: first.name })
      .first()
      .innerText()
      .catch(() => '')
  expect(await poll(logged, (t) => t.includes('已转诉求'))).toContain('已转诉求')
  expect(await poll(text(`.visit-round-row-${first.id}`), (t) => t.includes('今天已走访'))).toContain('今天已走访')
  const [visit] = await app.cloud.store.find('visits', { shopId: first.id, staffOpenid: 'demo-staff' }, { sort: { createdAt: -1 }, limit: 1 })
  expect(visit.photos).toEqual([expect.stringMatching(/^cloud:\/\/.+visits\//)])
  const [answers] = await app.cloud.store.find('visitAnswers', { _id: visit._id })
  expect(answers).toMatchObject({ partyMembers: 'here', partyMemberCount: 2, childcareNeeded: true, childcareNote: '想报爱心暑托班', difficulties: '招聘用工' })

  await page.goto(`${app.cloud.url}/#/staff/needs/inbox/index`)
  const row = await poll(
    () =>
      page
        .locator('.need-row', { hasText: first.name })
        .first()
        .innerText()
        .catch(() => ''),
    (t) => t.includes(first.name),
  )
  expect(row).toContain(`招聘用工 · ${first.name}`)
  expect(row).toContain('走访发现：招聘用工')
})

test('商户名录 adds a shop at the block centre, and a new contact keeps the old one as past', async () => {
  await page.goto(`${app.cloud.url}/#/staff/pages/home/index`)
  await page.locator('.entry-staff-shops').click()
  await page.locator('.shop-add').click()
  expect(await poll(text('.shop-position-note'), (t) => t.includes('街区中心'))).toContain('街区中心')
  await page.locator('.shop-edit-name input').fill('晨曦烘焙')
  await page.locator('.shop-edit-address input').fill('新华路 700 号')
  await page.locator('.shop-edit-category-catering').click()
  await page.locator('.shop-edit-grid-grid-2').click()
  await page.locator('.shop-edit-tag-new').click()
  await page.locator('.shop-edit-contact-name input').fill('赵晨')
  await page.locator('.shop-edit-contact-phone input').fill('13700002222')
  await page.locator('.shop-edit-save').click()
  await closedAfterSave(page, '.shop-edit-page')
  expect(await poll(text('.shop-file-name'), (t) => t === '晨曦烘焙')).toBe('晨曦烘焙')
  const [stored] = await app.cloud.store.find('shops', { name: '晨曦烘焙' })
  expect(stored).toMatchObject({ grid: 'grid-2', category: 'catering', tags: ['new'], location: { coordinates: [BLOCK_CENTRE.lng, BLOCK_CENTRE.lat] } })

  await page.locator('.shop-edit').click()
  await poll(
    () => page.locator('.shop-edit-contact-name input').inputValue(),
    (v) => v === '赵晨',
  )
  await page.locator('.shop-edit-contact-name input').fill('钱多多')
  await page.locator('.shop-edit-contact-phone input').fill('13600003333')
  await page.locator('.shop-edit-save').click()
  await closedAfterSave(page, '.shop-edit-page')
  expect(await poll(text('.shop-contact'), (t) => t.includes('钱多多'))).toContain('13600003333')
  expect(await poll(text('.shop-past-contact'), (t) => t.includes('赵晨'))).toContain('13700002222')
})
