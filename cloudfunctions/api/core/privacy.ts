// Personal data (phones, party membership) lives in collections only functions read; lists show it masked,
// and every time staff open the full value it is written to the access log.
import type { Caller } from './caller'
import { db } from './cloud'

// The masks live with the other text helpers, shared with the app (types/text.ts).
export { maskName, maskPhone } from '@/types/text'

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
export async function logAccess(caller: Caller, subject: string, subjectId: string, ownerOpenid: string | null, at: Date): Promise<void> {
  const entry: AccessLogEntry = { staffOpenid: caller.openid, subject, subjectId, ownerOpenid, at }
  await db.collection('accessLog').add({ data: entry })
}
