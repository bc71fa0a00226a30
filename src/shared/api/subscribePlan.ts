import { isPlaceholderTemplate, SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@/types/messages.vocab'

/** What a tap on 提醒我 (or a sign-up) asks for, decided before anything is sent. */
export type SubscribePlan =
  | { kind: 'local'; tmplIds: string[] } // h5: the local cloud stands in for WeChat and accepts any id
  | { kind: 'not-configured' } // weapp built without real template ids: nothing to ask for
  | { kind: 'ask'; tmplIds: string[] } // weapp: wx.requestSubscribeMessage with these ids

/** Told to the person when the build has no real template ids (config/weappSettings.ts). */
export const REMINDERS_NOT_CONFIGURED = '提醒暂未开通'

/** Plans a subscribe request for a platform ('weapp' | 'h5'); pure, so the rule is testable without WeChat. */
export function planSubscribe(
  keys: SubscribeTemplateKey[],
  platform: string,
  templates: Record<SubscribeTemplateKey, string> = SUBSCRIBE_TEMPLATES,
): SubscribePlan {
  const tmplIds = keys.map((key) => templates[key])
  if (platform === 'h5') return { kind: 'local', tmplIds }
  if (tmplIds.some(isPlaceholderTemplate)) return { kind: 'not-configured' }
  return { kind: 'ask', tmplIds }
}

/** The line shown when WeChat refused the request itself (not the person's choice), from its errMsg / errCode. */
export function subscribeFailureText(error: unknown): string {
  const { errCode, errMsg } = (error ?? {}) as { errCode?: number; errMsg?: string }
  const detail = errCode ? `（${errCode}）` : errMsg ? `（${errMsg.replace(/^requestSubscribeMessage:fail\s*/, '')}）` : ''
  return `提醒没能开启${detail}，请稍后再试`
}
