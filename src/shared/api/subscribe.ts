// weapp (Taro's default file; the h5 build takes subscribe.h5.ts): WeChat's one-time subscribe messages.
import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@/types/messages.vocab'
import { planSubscribe, REMINDERS_NOT_CONFIGURED, subscribeFailureText } from './subscribePlan'

export { REMINDERS_NOT_CONFIGURED }

/** False on a weapp build without real template ids: offer no reminder, say 提醒暂未开通. */
export const remindersConfigured = (keys: SubscribeTemplateKey[] = ['eventReminder']): boolean => planSubscribe(keys, 'weapp').kind !== 'not-configured'

/**
 * Asks for one-time subscribe messages. Must be called from a tap (WeChat's rule). Resolves to the templates
 * the person accepted (on h5, subscribe.h5.ts: the local cloud stands in for WeChat and records a one-time consent).
 * Never fails silently: a build without real template ids asks nothing (pages show `REMINDERS_NOT_CONFIGURED`
 * where the reminder is offered, see `remindersConfigured`), and a request WeChat refuses (bad template id, too
 * frequent, …) is shown in a dialog and logged; both resolve to [] so the sign-up itself goes on.
 */
export async function askToSubscribe(keys: SubscribeTemplateKey[]): Promise<SubscribeTemplateKey[]> {
  const plan = planSubscribe(keys, 'weapp')
  if (plan.kind !== 'ask') return []
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: plan.tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<
      string,
      string
    >
    return keys.filter((key) => result[SUBSCRIBE_TEMPLATES[key]] === 'accept')
  } catch (error) {
    console.warn('[subscribe] requestSubscribeMessage failed', error)
    // A dialog, not a toast: the caller's own toast (报名成功) would replace a toast at once.
    void Taro.showModal({ title: '提醒', content: subscribeFailureText(error), showCancel: false })
    return []
  }
}
