/**
 * Database actions per function call, for the bench (`npm run bench` prints operations per sign-up and per hot
 * read). Each function instance runs one call at a time and its wx-server-sdk sends `instance=<key>` in the
 * `/admin` URL (functionHost.ts), so an action counts towards the call that instance is running. Off until
 * `start()`; `stop()` answers what was recorded since.
 */
export interface CallRecord {
  /** The function's name. */
  fn: string
  /** `event.action` when the function routes by action (暖新街区's `api`), else ''. */
  action: string
  /** `database.*` actions sent to `/admin` during the call (transactions: each step counts). */
  dbActions: number
}

export class CallLog {
  private readonly running = new Map<string, number>()
  private records: CallRecord[] | null = null

  /** An `/admin` request from the instance `instance` (null: from outside any instance). */
  countAction(instance: string | null | undefined, action: unknown): void {
    if (!this.records || !instance || typeof action !== 'string' || !action.startsWith('database.')) return
    this.running.set(instance, (this.running.get(instance) ?? 0) + 1)
  }

  beginCall(instance: string): void {
    if (this.records) this.running.set(instance, 0)
  }

  endCall(instance: string, fn: string, event: unknown): void {
    if (!this.records) return
    const action = typeof (event as { action?: unknown } | null)?.action === 'string' ? (event as { action: string }).action : ''
    this.records.push({ fn, action, dbActions: this.running.get(instance) ?? 0 })
    this.running.delete(instance)
  }

  start(): void {
    this.records = []
    this.running.clear()
  }

  stop(): CallRecord[] {
    const out = this.records ?? []
    this.records = null
    this.running.clear()
    return out
  }
}
