import type { ActionInput, ActionName } from '@/types/actions'
import { callApi } from '../api/callApi'
import { ApiCallError, toApiCallError } from '../api/ApiCallError'
import { watchAppShow, watchNetwork } from './network'
import { deviceOwner } from './owner'
import { loadAnswer, loadLatestOfAction, saveAnswer } from './persist'
import { actionOfKey, queryKey } from './queryKey'

/** What a screen sees of one query. Replaced (never mutated) on every change, for useSyncExternalStore. */
export interface QuerySnapshot<T = unknown> {
  data: T | null
  /** When `data` arrived from the server, epoch ms (null: no data yet). */
  updatedAt: number | null
  /** The last request's failure (kept beside older data: the screen shows the data with its age). */
  error: ApiCallError | null
  fetching: boolean
}

interface Entry {
  key: string
  action: ActionName
  input: unknown
  snapshot: QuerySnapshot
  /** Marked stale by a write (or restored from the device): the next look asks again. */
  invalidated: boolean
  /** Invalidated while a request was on its way: that answer may predate the write, so ask once more. */
  askAgain: boolean
  staleTime: number
  listeners: Set<() => void>
  request: Promise<void> | null
}

/** A rider's station list near where they were last is better than nothing, with its age. */
const ANY_INPUT_FALLBACK: readonly string[] = ['stations.nearby']
const MAX_IDLE_ENTRIES = 200

const entries = new Map<string, Entry>()
let online = true
let watching = false

/** Time for tests to set; the app uses the clock. */
export const clock = { now: () => Date.now() }

function startWatching() {
  if (watching) return
  watching = true
  watchNetwork((isOnline) => {
    const cameBack = isOnline && !online
    online = isOnline
    // Offline: what is shown is as old as its last answer — say so at once (the screen shows its age).
    if (!isOnline) for (const entry of entries.values()) if (!entry.request) update(entry, { error: new ApiCallError('NETWORK') })
    // Back online: everything on screen asks again by itself.
    if (cameBack) for (const entry of entries.values()) if (entry.listeners.size > 0) void fetchEntry(entry)
  })
  watchAppShow(() => refetchStaleOnScreen())
}

function update(entry: Entry, change: Partial<QuerySnapshot>) {
  entry.snapshot = { ...entry.snapshot, ...change }
  for (const listener of entry.listeners) listener()
}

/** The cache entry for one read, made on first use (with the device's kept answer, if any, as a stale start). */
export function entryFor(action: ActionName, input: unknown): Entry {
  startWatching()
  const key = queryKey(action, input)
  // Kept apart per identity (the h5 debug identity can change without a reload).
  const memoryKey = `${deviceOwner()}|${key}`
  let entry = entries.get(memoryKey)
  if (!entry) {
    const kept = loadAnswer(deviceOwner(), key)
    entry = {
      key,
      action,
      input,
      snapshot: { data: kept?.d ?? null, updatedAt: kept?.t ?? null, error: null, fetching: false },
      invalidated: true,
      askAgain: false,
      staleTime: 0,
      listeners: new Set(),
      request: null,
    }
    entries.set(memoryKey, entry)
    dropIdleEntries()
  }
  return entry
}

function dropIdleEntries() {
  if (entries.size <= MAX_IDLE_ENTRIES) return
  for (const [key, entry] of entries) {
    if (entries.size <= MAX_IDLE_ENTRIES) break
    if (entry.listeners.size === 0 && !entry.request) entries.delete(key)
  }
}

export function subscribe(entry: Entry, listener: () => void): () => void {
  entry.listeners.add(listener)
  return () => entry.listeners.delete(listener)
}

/**
 * True when the entry should ask the server again: a write changed it, it came from the device, the last request
 * failed, or it is older than `staleTime` ms.
 */
export function isStale(entry: Entry): boolean {
  const { updatedAt, error } = entry.snapshot
  return entry.invalidated || error !== null || updatedAt === null || clock.now() - updatedAt >= entry.staleTime
}

/** Asks the server (one request per key at a time); keeps the old data on failure. Never rejects. */
export function fetchEntry(entry: Entry): Promise<void> {
  if (entry.request) return entry.request
  entry.askAgain = false
  update(entry, { fetching: true })
  // `.then` runs after this assignment even when `ask` settles at once (offline), so `request` is always cleared.
  const request = ask(entry).then(() => {
    entry.request = null
    if (entry.askAgain && entry.listeners.size > 0) return fetchEntry(entry)
  })
  entry.request = request
  return request
}

async function ask(entry: Entry): Promise<void> {
  try {
    if (!online) throw new ApiCallError('NETWORK')
    const data = await callApi(entry.action, entry.input as ActionInput<ActionName>)
    const now = clock.now()
    entry.invalidated = false
    update(entry, { data, updatedAt: now, error: null, fetching: false })
    saveAnswer(deviceOwner(), entry.key, data, now)
  } catch (err) {
    if (entry.snapshot.data === null && ANY_INPUT_FALLBACK.includes(entry.action)) {
      const kept = loadLatestOfAction(deviceOwner(), entry.action)
      if (kept) update(entry, { data: kept.d, updatedAt: kept.t })
    }
    update(entry, { error: toApiCallError(err), fetching: false })
  }
}

/**
 * After a write: every answer whose action starts with one of `prefixes` is stale; those on a screen (including
 * pages further down the stack) ask again now, the rest when next shown.
 */
export function invalidate(prefixes: readonly string[]): void {
  for (const entry of entries.values()) {
    if (!prefixes.some((prefix) => entry.action.startsWith(prefix))) continue
    entry.invalidated = true
    if (entry.request) entry.askAgain = true
    else if (entry.listeners.size > 0) void fetchEntry(entry)
  }
}

/** The app came back to the foreground: what is on screen and stale asks again. */
export function refetchStaleOnScreen(): void {
  for (const entry of entries.values()) if (entry.listeners.size > 0 && isStale(entry)) void fetchEntry(entry)
}

/**
 * The person changed (the h5 debug identity): forget what was asked as the other one; every screen renders again
 * and asks as the new one.
 */
export function identityChanged(): void {
  const screens = [...entries.values()].filter((entry) => entry.listeners.size > 0)
  entries.clear()
  for (const entry of screens) update(entry, { data: null, updatedAt: null, error: null, fetching: false })
}

/** For tests: forget everything in memory, and whether the network was seen offline. */
export function resetQueryCache(): void {
  entries.clear()
  online = true
}

export { actionOfKey }
