// Posters with a mini-program code (issue 18): which page each poster's code opens and what its `scene` holds.
// Zod-free: the app imports it too.

export const POSTER_KINDS = ['event', 'project', 'stations', 'block'] as const
export type PosterKind = (typeof POSTER_KINDS)[number]

export const POSTER_KIND_LABELS: Record<PosterKind, string> = {
  event: '活动海报',
  project: '公益项目海报',
  stations: '驿站指引（店铺橱窗）',
  block: '街区二维码',
}

/** The page a poster's code opens (wxacode.getUnlimited `page`: no leading slash, no query). */
export const POSTER_PAGES: Record<PosterKind, string> = {
  event: 'features/events/subpages/detail/index',
  project: 'features/projects/subpages/detail/index',
  stations: 'features/stations/pages/list/index',
  // 我的街区: the scene `b=<blockId>` preselects the block (src/features/org/subpages/homeblock/scene.ts).
  block: 'features/org/subpages/homeblock/index',
}

/** A block's QR code scene (issue 16): `b=<blockId>`, as 我的街区 reads it. */
export const blockScene = (blockId: string) => `b=${blockId}`

/** The scene of the "扫码找最近的驿站" code: the list finds the nearest stations from where the phone is. */
export const NEAREST_STATIONS_SCENE = 'near'

/**
 * wxacode.getUnlimited's scene: at most 32 visible characters of digits, letters and !#$&'()*+,/:;=?@-._~
 * (developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html). An event's or a
 * project's id is its scene, whole: CloudBase's generated ids are 32 hex characters, so no prefix fits beside them
 * and the page says what kind of record the id names.
 */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/**
 * The record id a page was opened for: `id` from an in-app link, or `scene` from a scanned mini-program code
 * (weapp passes it URL-encoded in the page's query, the local cloud's h5 code too). Neither → undefined.
 */
export function recordIdFromPageParams(params: Partial<Record<string, string>>): string | undefined {
  const raw = params.id || params.scene
  if (!raw) return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
