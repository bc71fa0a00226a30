import { FunctionError, functionFailed } from './errors'
import type { FunctionSpec } from './functionConfig'
import { FunctionInstance, type InstanceCall } from './functionInstance'
import type { CallLog } from './callLog'

interface QueuedCall {
  call: InstanceCall
  resolve: (value: unknown) => void
  reject: (err: unknown) => void
}

/** Instances of one function loading at the same time (each start loads the function and wx-server-sdk). */
const MAX_STARTING = 4

/**
 * The instances of one function: started lazily, reused warm, at most `size` at once;
 * calls wait in order when all are busy.
 */
export class FunctionPool {
  private readonly instances: FunctionInstance[] = []
  private readonly queue: QueuedCall[] = []
  private stopped = false

  constructor(
    readonly spec: FunctionSpec,
    private readonly size: number,
    private readonly makeEnv: (spec: FunctionSpec) => Record<string, string>,
    private readonly callLog?: CallLog,
    /** The speed-ups of issue 17 (../tuning.ts). */
    private readonly tuned = true,
  ) {}

  invoke(call: InstanceCall): Promise<unknown> {
    if (this.stopped) return Promise.reject(functionFailed(this.spec.name, 'the local cloud is stopping'))
    return new Promise((resolve, reject) => {
      this.queue.push({ call, resolve, reject })
      this.dispatch()
    })
  }

  /** For tests and the health page. */
  states(): string[] {
    return this.instances.map((instance) => instance.state)
  }

  /** The started instances' operating-system thread ids (Linux), for the health page and the bench. */
  osThreadIds(): number[] {
    return this.instances.flatMap((instance) => (instance.osThreadId === null ? [] : [instance.osThreadId]))
  }

  async stop(): Promise<void> {
    this.stopped = true
    for (const queued of this.queue.splice(0)) {
      queued.reject(functionFailed(this.spec.name, 'the local cloud is stopping'))
    }
    await Promise.all([...this.instances].map((instance) => instance.stop()))
  }

  /**
   * Hands queued calls to idle instances, and starts more (up to `size`) while calls wait — at most
   * MAX_STARTING at once, since each start loads wx-server-sdk and a burst of 64 cold starts on a small machine
   * would time out. A call runs on whichever instance is free first, warm or freshly started.
   */
  private dispatch(): void {
    while (this.queue.length > 0 && !this.stopped) {
      const idle = this.instances.find((instance) => instance.state === 'idle')
      if (idle) {
        const queued = this.queue.shift()!
        this.callLog?.beginCall(idle.key)
        idle
          .run(queued.call)
          .finally(() => this.callLog?.endCall(idle.key, this.spec.name, queued.call.event))
          .then(queued.resolve, (err) => queued.reject(asFunctionError(this.spec.name, err)))
          .finally(() => this.dispatch())
        continue
      }
      const starting = this.instances.filter((instance) => instance.state === 'starting').length
      if (this.instances.length >= this.size || starting >= MAX_STARTING || starting >= this.queue.length) return
      const fresh = new FunctionInstance(this.spec, this.makeEnv(this.spec), (retired) => this.remove(retired), this.tuned)
      this.instances.push(fresh)
      fresh.started().then(
        () => this.dispatch(),
        (err) => this.failStart(err),
      )
    }
  }

  /** An instance that cannot start fails the call waiting longest (as the cloud answers a failed cold start). */
  private failStart(err: unknown): void {
    const queued = this.queue.shift()
    queued?.reject(asFunctionError(this.spec.name, err))
    this.dispatch()
  }

  private remove(instance: FunctionInstance): void {
    const index = this.instances.indexOf(instance)
    if (index >= 0) this.instances.splice(index, 1)
    // A slot just opened: a waiting call may start on a fresh instance.
    queueMicrotask(() => this.dispatch())
  }
}

function asFunctionError(name: string, err: unknown): FunctionError {
  return err instanceof FunctionError ? err : functionFailed(name, String((err as Error)?.message ?? err))
}
