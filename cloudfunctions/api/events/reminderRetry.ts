// Pure: what a reminder's send outcome leaves behind. No database, unit-tested on its own.
import type { NotifyOutcome } from '../core/notify'

/** A reminder is tried at most this many times (one per timer run) before it is given up. */
export const MAX_REMINDER_ATTEMPTS = 3

export type ReminderNext = 'done' | 'retry' | 'give-up'

/**
 * After attempt number `attempts` (1-based): sent → done; not subscribed (43101) → done, since trying again
 * cannot succeed without a new consent from a tap; any other failure (network, WeChat busy) → released for the
 * next timer run, until the attempts are used up.
 */
export function reminderNext(outcome: NotifyOutcome, attempts: number): ReminderNext {
  if (outcome === 'sent' || outcome === 'not-subscribed') return 'done'
  return attempts < MAX_REMINDER_ATTEMPTS ? 'retry' : 'give-up'
}
