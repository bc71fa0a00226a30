import type { EventView } from '@/types/events'
import type { ShareContent } from '@/src/shared/share/shareTargets'
import { blockTime } from '@/src/shared/time'

export const EVENT_DETAIL_PAGE = 'features/events/subpages/detail/index'

/**
 * The shared card of an event. An invitation-only (QR) event's invite token travels only in a share by someone who
 * manages the event (its organiser or staff, `canManage`) and only when they hold it; anyone else shares the bare
 * event, which a newcomer cannot open without the invitation: a share never leaks the invite.
 */
export function eventShare(event: Pick<EventView, 'id' | 'title' | 'startAt' | 'visibility' | 'canManage'>, invite?: string): ShareContent {
  const query: Record<string, string> = { id: event.id }
  if (event.visibility === 'qr' && event.canManage && invite) query.invite = invite
  return { title: `${event.title}｜${blockTime(event.startAt).format('M月D日 HH:mm')} 街区活动`, page: EVENT_DETAIL_PAGE, query }
}
