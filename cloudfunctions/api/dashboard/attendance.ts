// Seats, waitlist places and check-ins per event, counted by the database (one $group per 100 events).
import { _ } from '../core/cloud'
import { aggregateDocs } from '../core/db'
import { signups } from '../events/eventStore'

export interface EventAttendance {
  seated: number
  waitlisted: number
  checkedIn: number
}

/** Per event id; an event with no live sign-up is absent from the map. */
export async function attendanceOf(eventIds: string[]): Promise<Map<string, EventAttendance>> {
  const $ = _.aggregate
  const out = new Map<string, EventAttendance>()
  for (let i = 0; i < eventIds.length; i += 100) {
    const chunk = eventIds.slice(i, i + 100)
    const rows = await aggregateDocs<EventAttendance & { _id: string }>(
      signups()
        .aggregate()
        .match({ eventId: _.in(chunk), status: _.in(['seated', 'waitlisted']) })
        .group({
          _id: '$eventId',
          seated: $.sum($.cond([$.eq(['$status', 'seated']), 1, 0])),
          waitlisted: $.sum($.cond([$.eq(['$status', 'waitlisted']), 1, 0])),
          // A check-in counts only on a seat; `$ifNull` is false for a missing or null checkedInAt.
          checkedIn: $.sum($.cond([$.and([$.eq(['$status', 'seated']), $.ifNull(['$checkedInAt', false])]), 1, 0])),
        })
        // aggregate() without $limit answers 20 groups (PLATFORM.md): one group per event of the chunk.
        .limit(chunk.length),
    )
    for (const r of rows) out.set(r._id, { seated: r.seated, waitlisted: r.waitlisted, checkedIn: r.checkedIn })
  }
  return out
}
