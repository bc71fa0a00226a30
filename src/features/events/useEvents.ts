import type { EventKind } from '@/types/events.vocab'
import { useApiQuery } from '@/src/shared/query/useApiQuery'

/** Seats move while the person is elsewhere: asked again every time the tab shows (staleTime 0). */
export const useEventList = (kind: EventKind | null) => useApiQuery('events.list', kind ? { kind } : {}, { staleTime: 0 })
export const useEvent = (id: string | undefined, invite?: string) => useApiQuery('events.get', id ? { id, ...(invite ? { invite } : {}) } : null)
export const useMyEvents = () => useApiQuery('events.mine', {})
export const useManagedEvents = (allowed: boolean) => useApiQuery('events.manage', allowed ? { includePast: true } : null)
export const useRoster = (eventId: string | undefined) => useApiQuery('events.roster', eventId ? { eventId } : null)
