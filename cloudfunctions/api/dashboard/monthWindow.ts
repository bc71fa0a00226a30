// A calendar month in Shanghai time, as the day strings and instants the queries compare with.

export interface MonthWindow {
  /** First day `YYYY-MM-01` (Shanghai). */
  firstDay: string
  /** First day of the next month: days compare `>= firstDay` and `< nextFirstDay`. */
  nextFirstDay: string
  /** 00:00 Shanghai of the first day. */
  start: Date
  /** 00:00 Shanghai of the next month's first day (exclusive). */
  end: Date
}

/** `2026-05` → the window [2026-05-01 00:00+08:00, 2026-06-01 00:00+08:00). */
export function monthWindow(month: string): MonthWindow {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  const firstDay = `${month}-01`
  const nextFirstDay = `${next}-01`
  return { firstDay, nextFirstDay, start: new Date(`${firstDay}T00:00:00+08:00`), end: new Date(`${nextFirstDay}T00:00:00+08:00`) }
}
