import { listNoticesInput, noticeIdInput } from '@/types/notices'
import { defineAction } from '../core/action'
import { _, db } from '../core/cloud'
import { firstDoc, getDocs } from '../core/db'
import { notFound } from '../core/errors'
import { emergenciesInForce } from './emergency'
import { toNoticeView, type NoticeDoc } from './noticeDoc'
import { homePlaceOf, seenFromHome } from '../org/homeAudience'

const LIST_LIMIT = 50

/**
 * Notices already started, newest first: in force ones first, then the expired ones as history. With a home block,
 * emergencies always, other notices of that block, its street's street-open ones and unplaced ones.
 */
export const listNotices = defineAction({
  name: 'notices.list',
  input: listNoticesInput,
  async handle({ caller, now }) {
    const started = { startsAt: _.lte(now) }
    const home = await homePlaceOf(caller)
    const docs = await getDocs<NoticeDoc>(
      db
        .collection('notices')
        .where(home ? _.and([started, _.or([{ kind: 'emergency' }, seenFromHome(home)])]) : started)
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
