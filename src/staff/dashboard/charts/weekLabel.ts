// How a week reads under a chart: its Monday as month/day, short enough for 12 weeks on a phone.

/** `2026-05-11` → `5/11`. */
export function weekLabel(monday: string): string {
  const [, m, d] = monday.split('-').map(Number)
  return `${m}/${d}`
}
