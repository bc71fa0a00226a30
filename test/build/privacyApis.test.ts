// Every WeChat privacy API the weapp build calls must be declared in the MP console's 用户隐私保护指引 (else it fails
// with errno 112), shown in the in-app guide and listed in the README; location APIs also in requiredPrivateInfos.
// Needs dist/ (npx taro build --type weapp).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PRIVACY_APIS } from '@/src/features/privacy/collected'
import { assertWeappBuilt, distFiles, readDistJs, readDistJson, ROOT } from './weappDist'

/**
 * WeChat's table of privacy APIs and the 用户隐私保护指引 item each needs
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html, 隐私接口与对应处理的信息).
 * scanCode is not in WeChat's table; we declare it as 摄像头 (it opens the camera), to be safe at review.
 */
const WECHAT_PRIVACY_ITEMS: Record<string, string> = {
  getLocation: '位置信息',
  getFuzzyLocation: '位置信息',
  startLocationUpdate: '位置信息',
  startLocationUpdateBackground: '位置信息',
  onLocationChange: '位置信息',
  chooseLocation: '选择的位置信息',
  choosePoi: '选择的位置信息',
  chooseAddress: '地址',
  chooseInvoiceTitle: '发票信息',
  chooseInvoice: '发票信息',
  getWeRunData: '微信运动步数',
  chooseLicensePlate: '车牌号',
  chooseImage: '选中的照片或视频信息',
  chooseMedia: '选中的照片或视频信息',
  chooseVideo: '选中的照片或视频信息',
  chooseMessageFile: '选中的文件',
  startRecord: '麦克风',
  joinVoIPChat: '麦克风',
  createVKSession: '摄像头',
  createCameraContext: '摄像头',
  scanCode: '摄像头',
  openBluetoothAdapter: '蓝牙',
  createBLEPeripheralServer: '蓝牙',
  saveImageToPhotosAlbum: '相册（仅写入）权限',
  saveVideoToPhotosAlbum: '相册（仅写入）权限',
  addPhoneContact: '通讯录（仅写入）权限',
  addPhoneCalendar: '日历（仅写入）权限',
  addPhoneRepeatCalendar: '日历（仅写入）权限',
  getClipboardData: '剪切板',
  setClipboardData: '剪切板',
  getUserProfile: '用户信息（微信昵称、头像）',
}
/** The location APIs that must also be in app.json's requiredPrivateInfos. */
const REQUIRED_PRIVATE_INFOS = [
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'onLocationChange',
]

let called: string[]
beforeAll(() => {
  assertWeappBuilt()
  const code = distFiles('.js').map(readDistJs).join('\n')
  // A call site, `x.getLocation(` — not the name in Taro's list of promisified APIs.
  called = Object.keys(WECHAT_PRIVACY_ITEMS).filter((api) => new RegExp(`\\.${api}\\(`).test(code))
})

it('the build calls privacy APIs (the scan finds call sites at all)', () => {
  expect(called).toEqual(expect.arrayContaining(['getLocation', 'setClipboardData']))
})

it("declares exactly the privacy APIs the build calls, each under WeChat's item for it", () => {
  expect(PRIVACY_APIS.map((entry) => entry.api).sort()).toEqual([...called].sort())
  for (const entry of PRIVACY_APIS) expect(entry.item).toBe(WECHAT_PRIVACY_ITEMS[entry.api])
})

it('photos are picked with chooseMedia: the deprecated chooseImage is gone', () => {
  expect(called).not.toContain('chooseImage')
  expect(called).toContain('chooseMedia')
})

it('the in-app privacy guide (as built) names every declared item and its purpose', () => {
  const guide = distFiles('.js')
    .filter((file) => file.startsWith('features/privacy/'))
    .map(readDistJs)
    .join('\n')
  for (const api of called) {
    const entry = PRIVACY_APIS.find((e) => e.api === api)
    expect(entry).toBeDefined()
    expect(guide).toContain(entry!.item)
    expect(guide).toContain(entry!.purpose)
  }
})

it("README's 用户隐私保护指引 list names every item the build needs, with its API", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('<!-- privacy-declarations -->'), readme.indexOf('<!-- /privacy-declarations -->'))
  expect(section.length).toBeGreaterThan(50)
  for (const api of called) {
    const line = section.split('\n').find((l) => l.includes(`\`${api}\``))
    expect(line).toBeDefined()
    expect(line).toContain(WECHAT_PRIVACY_ITEMS[api])
  }
})

it("app.json's requiredPrivateInfos lists exactly the location APIs called", () => {
  const app = readDistJson<{ requiredPrivateInfos: string[] }>('app.json')
  expect([...app.requiredPrivateInfos].sort()).toEqual(called.filter((api) => REQUIRED_PRIVATE_INFOS.includes(api)).sort())
})
