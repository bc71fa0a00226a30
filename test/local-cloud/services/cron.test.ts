import { CronError, cronMatches, nextCronTime, parseCron } from '../../../local-cloud/timers'

/** A time given in China Standard Time, the zone CloudBase evaluates timer crons in. */
const cst = (local: string) => new Date(`${local}+08:00`)
const next = (expr: string, after: string) => nextCronTime(parseCron(expr), cst(after))?.toISOString()

describe('the 7-field timer cron', () => {
  it('fires every five minutes on the minute', () => {
    const s = parseCron('0 */5 * * * * *')
    expect(cronMatches(s, cst('2025-05-01T09:05:00'))).toBe(true)
    expect(cronMatches(s, cst('2025-05-01T09:05:01'))).toBe(false)
    expect(cronMatches(s, cst('2025-05-01T09:06:00'))).toBe(false)
    expect(next('0 */5 * * * * *', '2025-05-01T09:05:00')).toBe(cst('2025-05-01T09:10:00').toISOString())
  })

  it('reads hours in UTC+8 and weekday names (Monday to Friday at 09:00)', () => {
    const s = parseCron('0 0 9 * * MON-FRI *')
    expect(cronMatches(s, new Date('2025-05-02T01:00:00Z'))).toBe(true) // Friday 09:00 in Shanghai
    expect(cronMatches(s, cst('2025-05-03T09:00:00'))).toBe(false) // Saturday
    expect(next('0 0 9 * * MON-FRI *', '2025-05-02T09:00:00')).toBe(cst('2025-05-05T09:00:00').toISOString())
  })

  it('takes lists, ranges with steps, month names and years', () => {
    expect(next('30 15 10,18 1 JAN-MAR/2 * 2026', '2025-05-01T00:00:00')).toBe(cst('2026-01-01T10:15:30').toISOString())
    expect(next('0 0 0 29 2 * *', '2025-03-01T00:00:00')).toBe(cst('2028-02-29T00:00:00').toISOString())
    expect(next('0 0 12 * * * 2024', '2025-01-01T00:00:00')).toBeUndefined()
  })

  it('matches day or weekday when both are restricted, as classic cron does', () => {
    const s = parseCron('0 0 8 1 * SUN *')
    expect(cronMatches(s, cst('2025-05-01T08:00:00'))).toBe(true) // the 1st, a Thursday
    expect(cronMatches(s, cst('2025-05-04T08:00:00'))).toBe(true) // a Sunday
    expect(cronMatches(s, cst('2025-05-05T08:00:00'))).toBe(false)
  })

  it.each([
    ['0 */5 * * * *', /7 fields/],
    ['60 * * * * * *', /second field "60"/],
    ['0 0 25 * * * *', /hour field/],
    ['0 0 0 * * FUNDAY *', /weekday field/],
    ['0 0 0 10-1 * * *', /backwards range/],
    ['*/0 * * * * * *', /bad step/],
  ])('refuses "%s"', (expr, message) => {
    expect(() => parseCron(expr)).toThrow(CronError)
    expect(() => parseCron(expr)).toThrow(message)
  })
})
