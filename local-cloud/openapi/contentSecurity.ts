/**
 * security.msgSecCheck as a deny list: text containing a listed word (case-insensitive) is "risky",
 * anything else passes. Tests and demos replace the list over `POST /_local/content-check`.
 * Labels are WeChat's: 100 normal, 10001 ads, 20001 politics, 20002 porn, 20003 abuse,
 * 20006 illegal, 20008 fraud, 20012 vulgar, 20013 copyright, 21000 other.
 */
import { randomBytes } from 'node:crypto'
import { wxError, type WxReply } from './wxErrors'

export interface BlockedWord {
  word: string
  label: number
}

export const DEFAULT_BLOCKED_WORDS: BlockedWord[] = [
  { word: '赌博', label: 20006 },
  { word: '毒品', label: 20006 },
  { word: '色情', label: 20002 },
  { word: '傻逼', label: 20003 },
  { word: 'fuck', label: 20003 },
]
export const OTHER_LABEL = 21000

export function createContentSecurity() {
  let blocked = [...DEFAULT_BLOCKED_WORDS]

  const findBlocked = (content: string) => {
    const lower = content.toLowerCase()
    return blocked.find((b) => b.word && lower.includes(b.word.toLowerCase()))
  }

  /** `POST /wxa/msg_sec_check` (snake_case fields in): v2 needs openid and scene; v1 only flags risky text. */
  function msgSecCheck(req: Record<string, any>): WxReply {
    const { content, version, scene, openid } = req
    if (typeof content !== 'string') return wxError(47001, 'data format error: content must be a string')
    const hit = findBlocked(content)
    if (Number(version) !== 2) return hit ? wxError(87014, 'risky content') : { errcode: 0, errmsg: 'ok' }
    if (typeof openid !== 'string' || !openid) return wxError(40003, 'invalid openid')
    if (![1, 2, 3, 4].includes(Number(scene))) return wxError(47003, 'argument invalid! scene must be 1, 2, 3 or 4')
    const suggest = hit ? 'risky' : 'pass'
    const label = hit ? hit.label : 100
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label },
      detail: [
        { strategy: 'content_model', errcode: 0, suggest, label, prob: hit ? 90 : 0 },
        hit ? { strategy: 'keyword', errcode: 0, suggest, label, level: 20, keyword: hit.word } : { strategy: 'keyword', errcode: 0, suggest, label },
      ],
      trace_id: randomBytes(12).toString('hex'),
    }
  }

  return {
    msgSecCheck,
    blockedWords: () => blocked.map((b) => ({ ...b })),
    setBlockedWords(words: string[], label = OTHER_LABEL) {
      blocked = words.map((word) => ({ word, label: DEFAULT_BLOCKED_WORDS.find((d) => d.word === word)?.label ?? label }))
    },
    reset() {
      blocked = [...DEFAULT_BLOCKED_WORDS]
    },
  }
}

export type ContentSecurity = ReturnType<typeof createContentSecurity>
