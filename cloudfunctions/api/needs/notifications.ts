import type { Role } from '@/types/roles'
import type { StaffScope } from '@/types/org'
import { covers, scopeOf } from '../core/scope'
// Subscribe messages about a need's progress: to the person who raised it, and to the level it climbs to.
import { NEED_STATUS_LABELS, type NeedLevel } from '@/types/needs.vocab'
import { _, db } from '../core/cloud'
import { getDocs } from '../core/db'
import { notify } from '../core/notify'
import type { NeedDoc } from './needDoc'
import { cutText, shanghaiTime } from '@/types/text'

const SUBMITTER_PAGE = 'features/needs/subpages/detail/index'
const STAFF_PAGE = 'staff/needs/detail/index'

function progressData(need: NeedDoc, phrase: string, at: Date) {
  return {
    thing1: { value: cutText(need.description, 20) },
    phrase2: { value: cutText(phrase, 5) },
    time3: { value: shanghaiTime(at) },
  }
}

export async function notifySubmitter(need: NeedDoc, at: Date, phrase = NEED_STATUS_LABELS[need.status]) {
  return notify(need.submitterOpenid, 'needProgress', progressData(need, phrase, at), `${SUBMITTER_PAGE}?id=${need._id}`)
}

/**
 * Everyone who answers for a level: the staff for 联勤联动, the street office for 统筹指挥 — in both cases only
 * those whose scope covers the need's block (level 3 goes to the admins of the need's street, issue 16).
 */
export async function notifyLevel(need: NeedDoc, level: NeedLevel, at: Date): Promise<number> {
  const role = level === 3 ? 'admin' : 'staff'
  const holders = await getDocs<{ _id: string; roles: Role[]; scope?: StaffScope }>(
    db
      .collection('users')
      .where({ roles: _.all([role]) })
      .field({ _id: true, roles: true, scope: true })
      .limit(100),
  )
  const people = holders.filter((p) => covers(scopeOf(p.roles, p.scope), need))
  const phrase = '已升级'
  const outcomes = await Promise.all(people.map((p) => notify(p._id, 'needProgress', progressData(need, phrase, at), `${STAFF_PAGE}?id=${need._id}`)))
  return outcomes.filter((o) => o === 'sent').length
}
