import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import type { NoticeDoc } from './noticeDoc'

/** Emergencies in force at `now`, newest first (a handful at most). */
export async function emergenciesInForce(now: Date): Promise<NoticeDoc[]> {
  return getDocs<NoticeDoc>(
    db
      .collection('notices')
      .where({ kind: 'emergency', startsAt: _.lte(now), expiresAt: _.gt(now) })
      .orderBy('startsAt', 'desc')
      .limit(5),
  )
}

/** Emergencies in force at `now` or still to come (a handful at most). */
export async function emergenciesFrom(now: Date): Promise<NoticeDoc[]> {
  return getDocs<NoticeDoc>(
    db
      .collection('notices')
      .where({ kind: 'emergency', expiresAt: _.gt(now) })
      .orderBy('startsAt', 'asc')
      .limit(20),
  )
}
