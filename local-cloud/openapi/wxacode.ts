/**
 * wxacode.getUnlimited: the mini-program code ("小程序码") for a page and a scene. WeChat draws its round code,
 * which only WeChat reads; the local cloud draws a REAL QR code (PNG) of a URL both a camera and the h5 app open:
 *
 *   <baseUrl>/#/<page>?scene=<encodeURIComponent(scene)>
 *
 * — the h5 app's hash route with the same `scene` query the mini-program's page receives on weapp
 * (`options.scene`, URL-encoded). `readLocalWxacode` reads that content back (tests, the h5 app).
 *
 * Rules, from WeChat's doc (developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html,
 * mirrored at developers.weixin.qq.com/minigame/dev/api-backend/open-api/qr-code/wxacode.getUnlimited.html):
 * - scene: required, at most 32 visible characters, only digits, letters and !#$&'()*+,/:;=?@-._~ → else 40129
 *   "invalid scene" (the error WeChat answers, community thread 2019-05-17 "invalid scene hint");
 * - page: no leading "/", no query (parameters go in scene); with check_path (default true) it must be a page of
 *   the published mini-program → else 41030 "invalid page"; omitted: the home page;
 * - width: 280–1280 px (default 430); env_version: release | trial | develop;
 * - the answer is the image bytes (not JSON), which wx-server-sdk hands back as `{ contentType, buffer }`
 *   (wx-server-sdk 4.0.2 index.js, the "buffer response" branch of callWXOpenAPI).
 */
import { PNG } from 'pngjs'
import qrcode from 'qrcode-generator'
import { wxError, type WxReply } from './wxErrors'

export const MAX_SCENE_LENGTH = 32
const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/
const ENV_VERSIONS = ['release', 'trial', 'develop']

export interface WxacodeOptions {
  /** The mini-program's pages (app.json `pages` and every subpackage's, full paths); unset: only check_path false works. */
  pages?: () => readonly string[]
  /** The origin the QR's URL starts with (the local cloud's own address). */
  baseUrl: () => string
}

/** An image answer: the bytes and their content type, as the cloud's CommOpenApiResp carries them. */
export interface WxImage {
  contentType: string
  buffer: Buffer
}

export function createWxacode(options: WxacodeOptions) {
  function getUnlimited(req: Record<string, any>): WxReply | WxImage {
    const { scene, page, check_path: checkPath = true, env_version: envVersion = 'release', width = 430, is_hyaline: hyaline = false } = req
    if (typeof scene !== 'string' || scene.length === 0 || scene.length > MAX_SCENE_LENGTH || !SCENE_PATTERN.test(scene)) {
      return wxError(40129, 'invalid scene')
    }
    const pages = options.pages?.() ?? []
    const target = page === undefined || page === '' ? pages[0] : page
    if (typeof target !== 'string' || target.startsWith('/') || target.includes('?')) return wxError(41030, 'invalid page')
    if (checkPath !== false && !pages.includes(target)) return wxError(41030, 'invalid page')
    if (!ENV_VERSIONS.includes(envVersion)) return wxError(40097, 'invalid args')
    if (typeof width !== 'number' || width < 280 || width > 1280) return wxError(40097, 'invalid args')
    return { contentType: 'image/png', buffer: drawQr(localWxacodeContent(options.baseUrl(), target, scene), width, hyaline === true) }
  }
  return { getUnlimited }
}

/** The content of the local cloud's code for `page` + `scene` (see the file comment). */
export function localWxacodeContent(baseUrl: string, page: string, scene: string): string {
  return `${baseUrl}/#/${page}?scene=${encodeURIComponent(scene)}`
}

/** The page and scene a local code's content names, or null for anything else. */
export function readLocalWxacode(content: string): { page: string; scene: string } | null {
  const match = /^https?:\/\/[^/#]+\/#\/([^?]+)\?scene=([^&]*)$/.exec(content)
  if (!match) return null
  return { page: match[1], scene: decodeURIComponent(match[2]) }
}

/** A QR code of `content`, `width` px wide (quiet zone included), black on white or on transparent. */
function drawQr(content: string, width: number, transparent: boolean): Buffer {
  const qr = qrcode(0, 'M')
  qr.addData(content, 'Byte')
  qr.make()
  const modules = qr.getModuleCount()
  const quiet = 4
  const scale = Math.max(1, Math.floor(width / (modules + 2 * quiet)))
  const size = (modules + 2 * quiet) * scale
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = Math.floor(y / scale) - quiet
      const col = Math.floor(x / scale) - quiet
      const dark = row >= 0 && col >= 0 && row < modules && col < modules && qr.isDark(row, col)
      const i = (y * size + x) * 4
      const v = dark ? 0 : 255
      png.data[i] = v
      png.data[i + 1] = v
      png.data[i + 2] = v
      png.data[i + 3] = dark || !transparent ? 255 : 0
    }
  }
  // One filter for every row: pngjs's default tries all five per row, which is slow for no gain on a two-colour image.
  return PNG.sync.write(png, { filterType: 0 })
}
