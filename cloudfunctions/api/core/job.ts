/** Timer work a feature hands to the `cron` function. Must be idempotent: a timer may fire twice. */
export interface Job {
  name: string
  /** Returns counts worth logging, e.g. `{ sent: 3 }`. */
  run(now: Date): Promise<Record<string, number>>
}
