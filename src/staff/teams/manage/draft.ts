import { blockTime } from '@/src/shared/time'
import type { ActivityView } from '@/types/teams'

/** Times are typed as "YYYY-MM-DD HH:mm", Shanghai time, as on the events editor. */
export const TIME_FORMAT = 'YYYY-MM-DD HH:mm'

export interface ActivityDraft {
  title: string
  place: string
  startsAt: string
  endsAt: string
}

export function draftOf(activity?: ActivityView): ActivityDraft {
  if (activity)
    return {
      title: activity.title,
      place: activity.place,
      startsAt: blockTime(activity.startsAt).format(TIME_FORMAT),
      endsAt: blockTime(activity.endsAt).format(TIME_FORMAT),
    }
  const start = blockTime().add(1, 'day').hour(9).minute(0)
  return { title: '', place: '', startsAt: start.format(TIME_FORMAT), endsAt: start.add(3, 'hour').format(TIME_FORMAT) }
}

/** "2026-12-05 09:00" → "2026-12-05T09:00:00+08:00"; anything else passes through for the server to refuse readably. */
export const instant = (text: string) => (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(text.trim()) ? `${text.trim().replace(' ', 'T')}:00+08:00` : text)

/** Staff type minutes; the record keeps the check-in (or the activity's start) and ends that many minutes later. */
export function correctedSpan(from: string, minutes: number): { checkInAt: string; checkOutAt: string } {
  const start = blockTime(from)
  return { checkInAt: start.toISOString(), checkOutAt: start.add(minutes, 'minute').toISOString() }
}
