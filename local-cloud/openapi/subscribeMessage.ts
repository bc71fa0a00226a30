/**
 * subscribeMessage.send and its one-time consents. WeChat delivers a subscribe message only against a
 * consent the user gave in requestSubscribeMessage, and each consent is good for one message; the
 * ledger (`_local_subscriptions`) stands in for that, the outbox (`_local_outbox`) for the user's phone.
 */
import type { Storage } from '../store'
import { wxError, type WxReply } from './wxErrors'

export const OUTBOX = '_local_outbox'
export const CONSENTS = '_local_subscriptions'
/** requestSubscribeMessage accepts at most this many templates per call. */
export const MAX_TEMPLATES_PER_REQUEST = 5

export interface OutboxMessage {
  _id: string
  touser: string
  templateId: string
  page?: string
  data: Record<string, unknown>
  miniprogramState?: string
  lang?: string
  sentAt: Date
}

export function createSubscribeMessages(store: Storage, now: () => Date) {
  // Several messages can share one sentAt under a fixed clock: seq keeps "newest first" exact.
  let lastSeq: number | undefined
  const nextSeq = async () => {
    if (lastSeq === undefined) {
      const [top] = await store.find(OUTBOX, {}, { sort: { seq: -1 }, limit: 1 })
      lastSeq = Number(top?.seq ?? 0)
    }
    return ++lastSeq
  }

  /** The body WeChat answers `POST /cgi-bin/message/subscribe/send` with (snake_case fields in). */
  async function send(req: Record<string, any>): Promise<WxReply> {
    const { touser, template_id: templateId, page, data, miniprogram_state: miniprogramState, lang } = req
    if (typeof touser !== 'string' || !touser) return wxError(40003, 'invalid openid')
    if (typeof templateId !== 'string' || !templateId) return wxError(40037, 'invalid template_id')
    if (!data || typeof data !== 'object' || Array.isArray(data)) return wxError(47003, 'argument invalid! data is empty')
    if (miniprogramState !== undefined && !['developer', 'trial', 'formal'].includes(miniprogramState)) {
      return wxError(47003, `argument invalid! miniprogram_state "${miniprogramState}"`)
    }
    const consumed = await store.update(CONSENTS, { openid: touser, templateId, consumedAt: null }, { $set: { consumedAt: now() } }, { multi: false })
    if (consumed.matched === 0) return wxError(43101, 'user refuse to accept the msg')
    const message = { touser, templateId, page, data, miniprogramState, lang, sentAt: now(), seq: await nextSeq() }
    await store.insertOne(OUTBOX, stripUndefined(message))
    return { errcode: 0, errmsg: 'ok' }
  }

  /** What the user's tap on "allow" in requestSubscribeMessage grants: one message per template. */
  async function grant(openid: string, templateIds: string[]): Promise<void> {
    const grantedAt = now()
    await store.insertMany(
      CONSENTS,
      templateIds.map((templateId) => ({ openid, templateId, grantedAt, consumedAt: null })),
    )
  }

  async function unconsumed(openid: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {}
    for (const c of await store.find(CONSENTS, { openid, consumedAt: null })) {
      const id = String(c.templateId)
      out[id] = (out[id] ?? 0) + 1
    }
    return out
  }

  async function outbox(touser?: string): Promise<OutboxMessage[]> {
    const docs = await store.find(OUTBOX, touser ? { touser } : {}, { sort: { seq: -1 }, projection: { seq: 0 } })
    return docs as unknown as OutboxMessage[]
  }

  async function clearOutbox(): Promise<number> {
    return store.remove(OUTBOX, {})
  }

  return { send, grant, unconsumed, outbox, clearOutbox }
}

export type SubscribeMessages = ReturnType<typeof createSubscribeMessages>

function stripUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T
}
