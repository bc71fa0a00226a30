/**
 * Per-document locks for transactions. Optimistic validation alone would make N concurrent
 * transactions on one document retry N times, and the SDK's runTransaction gives up after 3
 * retries; queueing transactions on the documents they touch lets them run one after another.
 * A wait that times out (a deadlock, or a stuck holder) ends as a retryable conflict.
 */
import { conflict } from './errors'

interface Waiter {
  txId: string
  grant: () => void
  timer: NodeJS.Timeout
}

export class LockTable {
  private readonly owners = new Map<string, string>()
  private readonly queues = new Map<string, Waiter[]>()

  constructor(private readonly waitMs: number) {}

  async acquire(key: string, txId: string): Promise<void> {
    const owner = this.owners.get(key)
    if (owner === undefined) {
      this.owners.set(key, txId)
      return
    }
    if (owner === txId) return
    await new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(key) ?? []
      this.queues.set(key, queue)
      const waiter: Waiter = {
        txId,
        grant: () => {
          clearTimeout(waiter.timer)
          resolve()
        },
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1)
          reject(conflict(`waited ${this.waitMs} ms for a document another transaction holds`))
        }, this.waitMs),
      }
      queue.push(waiter)
    })
  }

  release(keys: Iterable<string>, txId: string): void {
    for (const key of keys) {
      if (this.owners.get(key) !== txId) continue
      const next = this.queues.get(key)?.shift()
      if (next) {
        this.owners.set(key, next.txId)
        next.grant()
      } else {
        this.owners.delete(key)
        this.queues.delete(key)
      }
    }
  }
}
