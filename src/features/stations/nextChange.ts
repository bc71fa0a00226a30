import { useEffect } from 'react'
import type { StationView } from '@/types/stations'
import { CLOSING_SOON_MINUTES } from '@/types/stations.vocab'

const MINUTE_MS = 60_000

/**
 * When the list on screen next goes stale: the first closing (an open-now list then holds a closed station), the
 * first moment one turns 即将打烊, or the first opening. Milliseconds since the epoch, or null when nothing changes.
 */
export function nextChangeAt(stations: readonly Pick<StationView, 'openNow' | 'closesAt' | 'nextOpeningAt'>[], now: Date): number | null {
  const moments: number[] = []
  for (const s of stations) {
    if (s.openNow && s.closesAt) {
      const closes = new Date(s.closesAt).getTime()
      moments.push(closes, closes - CLOSING_SOON_MINUTES * MINUTE_MS)
    }
    if (!s.openNow && s.nextOpeningAt) moments.push(new Date(s.nextOpeningAt).getTime())
  }
  const future = moments.filter((t) => t > now.getTime())
  return future.length ? Math.min(...future) : null
}

/** Reloads the list when it next goes stale (a second late, so the server already sees the change). */
export function useReloadAtNextChange(stations: readonly StationView[] | undefined, reload: () => void): void {
  useEffect(() => {
    if (!stations) return
    const at = nextChangeAt(stations, new Date())
    if (at === null) return
    // setTimeout's longest wait is about 24.8 days; a list left open that long reloads on show anyway.
    const timer = setTimeout(reload, Math.min(at - Date.now() + 1000, 2 ** 31 - 1))
    return () => clearTimeout(timer)
  }, [stations, reload])
}
