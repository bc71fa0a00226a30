import type { NoticeView } from '@/types/notices'
import type { NoticeKind } from '@/types/notices.vocab'

/** A notice as stored in the `notices` collection. */
export interface NoticeDoc {
  _id: string
  kind: NoticeKind
  title: string
  body: string
  startsAt: Date
  expiresAt: Date
  authorOpenid: string
  /** Issue 16: shown to the whole street of its block, not only the block's people (absent on older notices: false). */
  openToStreet?: boolean
  createdAt: Date
  updatedAt: Date
}

/** In force: started and not yet expired (expiry is exclusive). */
export function isActive(doc: Pick<NoticeDoc, 'startsAt' | 'expiresAt'>, now: Date): boolean {
  return new Date(doc.startsAt).getTime() <= now.getTime() && now.getTime() < new Date(doc.expiresAt).getTime()
}

export function toNoticeView(doc: NoticeDoc, now: Date): NoticeView {
  return {
    id: doc._id,
    kind: doc.kind,
    title: doc.title,
    body: doc.body,
    startsAt: new Date(doc.startsAt).toISOString(),
    expiresAt: new Date(doc.expiresAt).toISOString(),
    active: isActive(doc, now),
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}
