import Taro from '@tarojs/taro'
import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '../../../types/messages.vocab'
import { getLocalOpenid } from './localIdentity'

/**
 * Asks for one-time subscribe messages. Must be called from a tap (WeChat's rule). Resolves to the templates
 * the person accepted. On h5 the local cloud stands in for WeChat: accepting records a one-time consent there.
 */
export async function askToSubscribe(keys: SubscribeTemplateKey[]): Promise<SubscribeTemplateKey[]> {
  const tmplIds = keys.map((key) => SUBSCRIBE_TEMPLATES[key])
  if (process.env.TARO_ENV === 'h5') {
    const response = await fetch('/_local/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': getLocalOpenid() },
      body: JSON.stringify({ openid: getLocalOpenid(), templateIds: tmplIds }),
    }).catch(() => null)
    return response?.ok ? keys : []
  }
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<string, string>
    return keys.filter((key) => result[SUBSCRIBE_TEMPLATES[key]] === 'accept')
  } catch {
    return []
  }
}
