// The timer's half of the three whistles: a need past its level's limit climbs one level, once.
import { OPEN_NEED_STATUSES } from '@/types/needs.vocab'
import { _ } from '../core/cloud'
import { getDocs } from '../core/db'
import type { Job } from '../core/job'
import type { NeedDoc, NeedEvent } from './needDoc'
import { notifyLevel, notifySubmitter } from './notifications'
import { deadlineFor, nextLevel, overdueReason } from './rules'
import { changeNeed, loadNeed, needs } from './store'

const BATCH = 100

export async function escalateOverdueNeeds(now: Date): Promise<Record<string, number>> {
  const overdue = { status: _.in([...OPEN_NEED_STATUSES]), level: _.lt(3), deadline: _.lte(now) }
  const due = await getDocs<NeedDoc>(needs().where(overdue).orderBy('deadline', 'asc').field({ _id: true, level: true }).limit(BATCH))
  let escalated = 0
  let notified = 0
  for (const need of due) {
    const to = nextLevel(need.level)
    if (!to) continue
    const event: NeedEvent = {
      step: 'escalate',
      at: now,
      by: null,
      role: 'system',
      note: overdueReason(need.level),
      fromLevel: need.level,
      toLevel: to,
      automatic: true,
    }
    const set = { level: to, status: 'submitted', assigneeOpenid: null, levelSince: now, deadline: deadlineFor(to, now) }
    // The guard repeats the overdue condition at this level: a second run, or a concurrent one, updates nothing.
    const moved = await changeNeed(need._id, { ...overdue, level: need.level }, set, event)
    if (!moved) continue
    escalated++
    const fresh = await loadNeed(need._id)
    await notifySubmitter(fresh, now, '已升级')
    notified += await notifyLevel(fresh, to, now)
  }
  return { overdue: due.length, escalated, notified }
}

export const needsJobs: Job[] = [{ name: 'needs.escalateOverdue', run: escalateOverdueNeeds }]
