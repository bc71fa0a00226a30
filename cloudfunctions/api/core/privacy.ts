// Personal data (phones, party membership) lives in collections only functions read; lists show it masked,
// and every time staff open the full value it is written to the access log.
import type { Caller } from './caller'
import { db } from './cloud'

/** "13812345678" → "138****5678"; anything short is masked whole. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null
  const digits = phone.replace(/\s+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}****${digits.slice(-4)}`.replace(/\*{5,}/, '****')
}

/** A name keeps its first character: "王小明" → "王**". */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null
  return `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`
}

export interface AccessLogEntry {
  /** Who looked. */
  staffOpenid: string
  /** What kind of record, e.g. 'signup.contact', 'shop.contact', 'need.submitter'. */
  subject: string
  subjectId: string
  /** Whose data it was, when known. */
  ownerOpenid: string | null
  at: Date
}

/** Records that a staff member opened someone's full personal data. */
export async function logAccess(
  caller: Caller,
  subject: string,
  subjectId: string,
  ownerOpenid: string | null,
  at: Date,
): Promise<void> {
  const entry: AccessLogEntry = { staffOpenid: caller.openid, subject, subjectId, ownerOpenid, at }
  await db.collection('accessLog').add({ data: entry })
}
