// The months a ledger can be asked for: this one and the five before it, in Shanghai time.
import { blockTime } from '@/src/shared/time'

/** `YYYY-MM`, newest first. */
export function recentMonths(count = 6): string[] {
  const now = blockTime().startOf('month')
  return Array.from({ length: count }, (_, i) => now.subtract(i, 'month').format('YYYY-MM'))
}

/** `2026-05` → `2026年5月`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return `${y}年${m}月`
}
