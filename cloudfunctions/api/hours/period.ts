// A period of Shanghai calendar days as instants: [from 00:00, the day after `to` 00:00) in UTC+8.

/** `{ start, end }` for `where({ checkInAt: _.gte(start).and(_.lt(end)) })`. */
export function shanghaiPeriod(from: string, to: string): { start: Date; end: Date } {
  const start = new Date(`${from}T00:00:00+08:00`)
  const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000)
  return { start, end }
}
