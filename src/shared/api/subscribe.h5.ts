// h5 (the local debug build; the mini-program takes subscribe.ts): the local cloud stands in for WeChat.
import type { SubscribeTemplateKey } from '@/types/messages.vocab'
import { getLocalOpenid } from './localIdentity'
import { planSubscribe, REMINDERS_NOT_CONFIGURED } from './subscribePlan'

export { REMINDERS_NOT_CONFIGURED }

/** Always true on h5: the local cloud accepts any template id (subscribePlan.ts, kind 'local'). */
export const remindersConfigured = (keys: SubscribeTemplateKey[] = ['eventReminder']): boolean => planSubscribe(keys, 'h5').kind !== 'not-configured'

/**
 * Records a one-time consent for each template on the local cloud, as the local debug identity. Resolves to `keys`
 * when the local cloud took them, [] otherwise (the sign-up itself goes on).
 */
export async function askToSubscribe(keys: SubscribeTemplateKey[]): Promise<SubscribeTemplateKey[]> {
  const plan = planSubscribe(keys, 'h5')
  if (plan.kind !== 'local') return []
  const response = await fetch('/_local/subscriptions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': getLocalOpenid() },
    body: JSON.stringify({ openid: getLocalOpenid(), templateIds: plan.tmplIds }),
  }).catch(() => null)
  return response?.ok ? keys : []
}
