import { listNoticesInput, noticeIdInput } from '@/types/notices'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { notFound } from '../core/errors'
import { emergenciesInForce } from './emergency'
import { toNoticeView, type NoticeDoc } from './noticeDoc'

const LIST_LIMIT = 50

/** Notices already started, newest first: in force ones first, then the expired ones as history. */
export const listNotices = defineAction({
  name: 'notices.list',
  input: listNoticesInput,
  async handle({ now }) {
    const docs = await getDocs<NoticeDoc>(
      db
        .collection('notices')
        .where({ startsAt: _.lte(now) })
        .orderBy('startsAt', 'desc')
        .limit(LIST_LIMIT),
    )
    const views = docs.map((doc) => toNoticeView(doc, now))
    return { notices: [...views.filter((n) => n.active), ...views.filter((n) => !n.active)] }
  },
})

export const getNotice = defineAction({
  name: 'notices.get',
  input: noticeIdInput,
  async handle({ input, now }) {
    const doc = await firstDoc<NoticeDoc>(db.collection('notices').where({ _id: input.id }).limit(1))
    if (!doc || new Date(doc.startsAt).getTime() > now.getTime()) throw notFound('没有找到这条公告')
    return toNoticeView(doc, now)
  },
})

/** The light read behind the emergency banner on every tab page. */
export const activeNotices = defineAction({
  name: 'notices.active',
  input: listNoticesInput,
  async handle({ now }) {
    const docs = await emergenciesInForce(now)
    return { emergencies: docs.map((doc) => ({ id: doc._id, title: doc.title, expiresAt: new Date(doc.expiresAt).toISOString() })) }
  },
})
