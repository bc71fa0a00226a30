/** Percentile of already-measured durations (nearest-rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

export const ms = (value: number) => `${value.toFixed(2)} ms`

/** `value` as a multiple of its baseline, e.g. "1.42×". */
export const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`

/** Mean and max of per-call counts (database operations). */
export function opsSummary(counts: number[]): { mean: number; max: number } {
  if (counts.length === 0) return { mean: NaN, max: NaN }
  return { mean: counts.reduce((a, b) => a + b, 0) / counts.length, max: Math.max(...counts) }
}
