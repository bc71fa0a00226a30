import { cloud } from '../core/cloud'
import { AppError } from '../core/errors'

/** The code image wxacode.getUnlimited answers: wx-server-sdk hands a non-JSON answer back as `{ contentType, buffer }`. */
export interface MiniProgramCode {
  contentType: string
  buffer: Buffer
}

/**
 * The mini-program code (小程序码) that opens `page` with `scene` (cloud.openapi.wxacode.getUnlimited, needs the
 * permission in cloudfunctions/api/config.json). `check_path` stays on: a page the published mini-program lacks is
 * refused (41030) rather than printed on a poster that opens nothing. `WXACODE_ENV_VERSION` (trial | develop) makes
 * codes for a version under test. Errors: 41030 → CONFLICT; anything else → INTERNAL (logged).
 */
export async function miniProgramCode(page: string, scene: string, env: Record<string, string | undefined> = process.env): Promise<MiniProgramCode> {
  const envVersion = env.WXACODE_ENV_VERSION === 'trial' || env.WXACODE_ENV_VERSION === 'develop' ? env.WXACODE_ENV_VERSION : 'release'
  try {
    const res = (await cloud.openapi.wxacode.getUnlimited({ page, scene, checkPath: true, envVersion, width: 430 })) as Partial<MiniProgramCode>
    if (!res || !Buffer.isBuffer(res.buffer)) throw new Error(`wxacode.getUnlimited answered no image (${res?.contentType ?? 'no content type'})`)
    return { contentType: res.contentType ?? 'image/jpeg', buffer: res.buffer }
  } catch (error) {
    if ((error as { errCode?: number }).errCode === 41030) throw new AppError('CONFLICT', '小程序的这个页面尚未发布，暂时不能生成小程序码')
    console.error('[posters] wxacode.getUnlimited failed', error)
    throw new AppError('INTERNAL', '小程序码暂时生成不了，请稍后再试')
  }
}
