import { cloud } from './cloud'
import { AppError } from './errors'

/**
 * Text that others will see passes WeChat's content check (security.msgSecCheck v2, which needs the author's
 * openid) before it is stored. Anything but "pass" is refused; an unreachable check refuses too, rather than
 * publish unchecked text.
 */
export async function assertTextIsClean(authorOpenid: string, texts: Array<string | null | undefined>, scene: 1 | 2 | 3 | 4 = 2): Promise<void> {
  const content = texts.filter((t): t is string => !!t && t.trim().length > 0).join('\n')
  if (!content) return
  let suggest: string | undefined
  try {
    const res = (await cloud.openapi.security.msgSecCheck({ content, version: 2, scene, openid: authorOpenid })) as {
      result?: { suggest?: string }
    }
    suggest = res?.result?.suggest
  } catch (error) {
    console.error('[contentCheck] msgSecCheck failed', error)
    throw new AppError('INTERNAL', '内容安全检查暂时不可用，请稍后再试')
  }
  if (suggest !== 'pass') throw new AppError('CONTENT_REJECTED', '内容未通过安全检查，请修改后再提交')
}
