// Rescheduling moves the cancel deadline with the start: staff see no cancel-deadline field unless they set one,
// so a deadline left at the old start would refuse every cancellation (or refuse moving the event earlier).
import type { EventFields } from '@/types/events'
import type { EventDoc } from './eventDoc'

/**
 * When the patch moves the start and leaves the cancel deadline alone: the deadline moved by the same amount
 * (it keeps its distance to the start). Empty otherwise.
 */
export function movedDeadline(event: Pick<EventDoc, 'startAt' | 'cancelDeadline'>, patch: Partial<EventFields>): Partial<EventFields> {
  if (!patch.startAt || patch.cancelDeadline) return {}
  const shift = Date.parse(patch.startAt) - new Date(event.startAt).getTime()
  if (!shift) return {}
  return { cancelDeadline: new Date(new Date(event.cancelDeadline).getTime() + shift).toISOString() }
}
