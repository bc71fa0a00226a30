import { SUBSCRIBE_TEMPLATES, type SubscribeTemplateKey } from '@/types/messages.vocab'
import { cloud } from './cloud'

export type NotifyOutcome = 'sent' | 'not-subscribed' | 'failed'

/** WeChat's "the user has not (or no longer) accepted this one-time message". */
const NOT_SUBSCRIBED = 43101

/**
 * Sends one subscribe message. A refusal is an ordinary outcome (consent is one-time), not an error:
 * callers record it and move on.
 */
export async function notify(touser: string, template: SubscribeTemplateKey, data: Record<string, { value: string }>, page: string): Promise<NotifyOutcome> {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser,
      templateId: SUBSCRIBE_TEMPLATES[template],
      page,
      data,
      miniprogramState: 'formal',
    })
    return 'sent'
  } catch (error) {
    const code = (error as { errCode?: number })?.errCode
    if (code === NOT_SUBSCRIBED || String((error as Error)?.message).includes(String(NOT_SUBSCRIBED))) return 'not-subscribed'
    console.error('[notify] subscribeMessage.send failed', error)
    return 'failed'
  }
}
