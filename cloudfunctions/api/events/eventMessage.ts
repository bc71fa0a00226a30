// What the events' subscribe messages carry: both templates (reminder, seat confirmed) share these fields.
import type { EventDoc } from './eventDoc'
import { cutText } from '@/types/text'

const SHANGHAI_MS = 8 * 60 * 60 * 1000

/** "2026年05月01日 09:00" in Shanghai time, the form WeChat's time field takes. */
export function shanghaiTime(at: Date): string {
  const d = new Date(new Date(at).getTime() + SHANGHAI_MS)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}年${p(d.getUTCMonth() + 1)}月${p(d.getUTCDate())}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** WeChat's `thing` fields take at most 20 characters. */
const thing = (text: string) => cutText(text, 20, '…')

export function eventMessageData(event: Pick<EventDoc, 'title' | 'startAt' | 'place'>): Record<string, { value: string }> {
  return { thing1: { value: thing(event.title) }, time2: { value: shanghaiTime(event.startAt) }, thing3: { value: thing(event.place.name) } }
}

export const eventPage = (eventId: string) => `features/events/subpages/detail/index?id=${encodeURIComponent(eventId)}`
