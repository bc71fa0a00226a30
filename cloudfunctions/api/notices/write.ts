import { randomUUID } from 'node:crypto'
import { assertInScope, callerScope, placeInScope } from '../core/scope'
import { placeOf } from '../org/placeOf'
import { noticeIdInput, saveNoticeInput } from '@/types/notices'
import { defineAction } from '../core/action'
import { db } from '../core/cloud'
import { assertTextIsClean } from '../core/contentCheck'
import { firstDoc } from '../core/db'
import { notFound } from '../core/errors'
import { toNoticeView, type NoticeDoc } from './noticeDoc'
import { noticeWindow } from './noticeWindow'
import { syncShelterWindows } from './shelterWindows'
import { STAFF_ROLES } from '@/types/roles'

async function loadNotice(id: string): Promise<NoticeDoc> {
  const doc = await firstDoc<NoticeDoc>(db.collection('notices').where({ _id: id }).limit(1))
  if (!doc) throw notFound('没有找到这条公告')
  return doc
}

/** Staff publish or edit a notice; an emergency one shows as a banner and opens the shelters until it expires. */
export const saveNotice = defineAction({
  name: 'notices.save',
  input: saveNoticeInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const window = noticeWindow(input.kind, now, input.startsAt, input.expiresAt)
    await assertTextIsClean(caller.openid, [input.title, input.body])
    const scope = callerScope(caller)
    const existing = input.id ? assertInScope(scope, await loadNotice(input.id), '没有找到这条公告') : null
    const place = existing ? placeOf(existing) : await placeInScope(scope, input.blockId)
    const doc: NoticeDoc = {
      _id: existing?._id ?? randomUUID(),
      kind: input.kind,
      title: input.title,
      body: input.body,
      ...window,
      authorOpenid: existing?.authorOpenid ?? caller.openid,
      openToStreet: input.openToStreet ?? existing?.openToStreet ?? false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    }
    const { _id, ...fields } = doc
    await db
      .collection('notices')
      .doc(_id)
      .set({ data: { ...fields, ...place } })
    if (doc.kind === 'emergency' || existing?.kind === 'emergency') await syncShelterWindows(now)
    return toNoticeView(doc, now)
  },
})

/** Ends a notice at once (the typhoon has passed): the banner goes, the shelters leave the map. */
export const endNotice = defineAction({
  name: 'notices.end',
  input: noticeIdInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }) {
    const doc = assertInScope(callerScope(caller), await loadNotice(input.id), '没有找到这条公告')
    const ended: NoticeDoc = { ...doc, expiresAt: new Date(Math.min(new Date(doc.expiresAt).getTime(), now.getTime())), updatedAt: now }
    await db
      .collection('notices')
      .doc(doc._id)
      .update({ data: { expiresAt: ended.expiresAt, updatedAt: now } })
    if (doc.kind === 'emergency') await syncShelterWindows(now)
    return toNoticeView(ended, now)
  },
})
