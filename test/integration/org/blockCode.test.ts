// Issue 16: 街区二维码. posters.make (kind block) gives the code a resident scans; decoded from the image the local
// cloud's wxacode.getUnlimited drew, it opens 我的街区 with scene `b=<blockId>`, which that page reads back as
// the block (and org.setHomeBlock then saves it). Staff of another block cannot make it.
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'
import { readQrPng } from '@/test/helpers/readQr'
import { ALL_PAGES } from '@/test/helpers/appConfig'
import { readLocalWxacode } from '@/local-cloud/openapi'
import { blockFromScene } from '@/src/features/org/subpages/homeblock/scene'

jest.setTimeout(60_000)
const NOW = new Date('2026-11-27T10:00:00+08:00')

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  cloud.setNow(NOW)
  await cloud.store.insertOne('users', {
    _id: 'b2-staff',
    roles: ['staff'],
    nickname: '二街区网格员',
    createdAt: NOW,
    scope: { level: 'block', blockIds: ['block-xinhua-2'] },
  })
})
afterAll(() => cloud?.stop())

it("the block's code opens 我的街区 with that block, and the scanner can make it their home block", async () => {
  const poster = await cloud.callOk('posters.make', { kind: 'block', id: 'block-xinhua-1' }, 'demo-staff')
  expect(poster).toMatchObject({ kind: 'block', title: '新华路第一街区', scene: 'b=block-xinhua-1' })
  expect(poster.lines[0]).toBe('新华路街道 · 新华路第一街区党支部')
  const opened = readLocalWxacode(readQrPng(Buffer.from(poster.codeBase64, 'base64'))!)
  expect(opened?.page).toBe('features/org/subpages/homeblock/index')
  expect(ALL_PAGES).toContain(opened!.page)
  // weapp hands the page the scene URL-encoded.
  const blockId = blockFromScene(encodeURIComponent(opened!.scene))
  expect(blockId).toBe('block-xinhua-1')
  expect(await cloud.callOk('org.setHomeBlock', { blockId: blockId! }, 'code-scanner')).toMatchObject({
    blockId: 'block-xinhua-1',
    blockName: '新华路第一街区',
  })
})

it('staff of another block get NOT_FOUND; an unknown block is NOT_FOUND too', async () => {
  expect(await cloud.callUnchecked('posters.make', { kind: 'block', id: 'block-xinhua-1' }, 'b2-staff')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
  expect(await cloud.callUnchecked('posters.make', { kind: 'block', id: 'block-none' }, 'demo-admin')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
})
