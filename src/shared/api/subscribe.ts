import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@/types/messages.vocab'
import { getLocalOpenid } from './localIdentity'
import { planSubscribe, REMINDERS_NOT_CONFIGURED, subscribeFailureText } from './subscribePlan'

export { REMINDERS_NOT_CONFIGURED }

/** False on a weapp build without real template ids: offer no reminder, say 提醒暂未开通. */
export const remindersConfigured = (keys: SubscribeTemplateKey[] = ['eventReminder']): boolean =>
  planSubscribe(keys, process.env.TARO_ENV).kind !== 'not-configured'

/**
 * Asks for one-time subscribe messages. Must be called from a tap (WeChat's rule). Resolves to the templates
 * the person accepted. On h5 the local cloud stands in for WeChat: accepting records a one-time consent there.
 * Never fails silently: a build without real template ids asks nothing (pages show `REMINDERS_NOT_CONFIGURED`
 * where the reminder is offered, see `remindersConfigured`), and a request WeChat refuses (bad template id, too
 * frequent, …) is shown in a dialog and logged; both resolve to [] so the sign-up itself goes on.
 */
export async function askToSubscribe(keys: SubscribeTemplateKey[]): Promise<SubscribeTemplateKey[]> {
  const plan = planSubscribe(keys, process.env.TARO_ENV)
  if (plan.kind === 'local') {
    const response = await fetch('/_local/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': getLocalOpenid() },
      body: JSON.stringify({ openid: getLocalOpenid(), templateIds: plan.tmplIds }),
    }).catch(() => null)
    return response?.ok ? keys : []
  }
  if (plan.kind === 'not-configured') return []
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
