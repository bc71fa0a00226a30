import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput } from '@/types/actions'
import type { ApiCallError } from '../api/ApiCallError'
import { entryFor, fetchEntry, isStale, subscribe, type QuerySnapshot } from './cache'
import { deviceOwner } from './owner'
import { queryKey } from './queryKey'

export interface QueryState<T> {
  data: T | null
  /** Set only when there is nothing to show: the screen shows the error with 重试. */
  error: ApiCallError | null
  /** The last refetch failed while older `data` is shown (kept in memory or on the device): show its age. */
  failure: ApiCallError | null
  /** When `data` came from the server, epoch ms. */
  updatedAt: number | null
  /** A request is on its way (the first one, or a refresh behind data already shown). */
  loading: boolean
  /** Ask again now (重试, pull-down refresh). */
  reload: () => void
}

export interface QueryOptions {
  /** How long an answer counts as fresh, in ms (default 30 s); a stale answer is asked for again when its page shows. */
  staleTime?: number
}

const NOTHING: QuerySnapshot = { data: null, updatedAt: null, error: null, fetching: false }
const noop = () => () => undefined
/** A show this soon after the mount is the page's first show, not a return to it. */
const FIRST_SHOW_MS = 1000

/**
 * One read through the app's query cache (cache.ts): stale-while-revalidate — what is known shows at once (from
 * memory, or kept on the device) while the server is asked again; a write marks it stale (useApiMutation) and it
 * refreshes by itself, on screen or when its page shows again. `input === null` means "not yet" (e.g. waiting for
 * a position). Features wrap it in named hooks in their `queries.ts`.
 */
export function useApiQuery<A extends ActionName>(
  action: A,
  input: ActionInput<A> | null,
  { staleTime = 30_000 }: QueryOptions = {},
): QueryState<ActionOutput<A>> {
  const key = input === null ? null : queryKey(action, input)
  const owner = deviceOwner()
  // The entry for this key (the input object may be new on every render; the key is what counts).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const entry = useMemo(() => (input === null ? null : entryFor(action, input)), [key, owner])
  if (entry) entry.staleTime = staleTime

  const subscribeToEntry = useMemo(() => (entry ? (listener: () => void) => subscribe(entry, listener) : noop), [entry])
  const snapshot = useSyncExternalStore(subscribeToEntry, () => entry?.snapshot ?? NOTHING) as QuerySnapshot<ActionOutput<A>>

  // When this screen started on this entry: the page's first show arrives with the mount (Taro may deliver it
  // before the effect below runs), and the mount asks anyway.
  const mountedAt = useRef(Date.now())
  useEffect(() => {
    mountedAt.current = Date.now()
    if (entry && isStale(entry)) void fetchEntry(entry)
  }, [entry])

  // Later shows (back from another page, back to the tab) ask again when stale.
  useDidShow(() => {
    if (Date.now() - mountedAt.current < FIRST_SHOW_MS) return
    if (entry && isStale(entry)) void fetchEntry(entry)
  })

  const reload = useCallback(() => {
    if (entry) void fetchEntry(entry)
  }, [entry])

  const hasData = snapshot.data !== null
  return {
    data: snapshot.data,
    error: hasData ? null : snapshot.error,
    failure: hasData ? snapshot.error : null,
    updatedAt: snapshot.updatedAt,
    loading: snapshot.fetching || (entry !== null && !hasData && !snapshot.error),
    reload,
  }
}
