import { FunctionError, functionFailed } from './errors'
import type { FunctionSpec } from './functionConfig'
import { FunctionInstance, type InstanceCall } from './functionInstance'

interface QueuedCall {
  call: InstanceCall
  resolve: (value: unknown) => void
  reject: (err: unknown) => void
}

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

  async stop(): Promise<void> {
    this.stopped = true
    for (const queued of this.queue.splice(0)) {
      queued.reject(functionFailed(this.spec.name, 'the local cloud is stopping'))
    }
    await Promise.all([...this.instances].map((instance) => instance.stop()))
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.stopped) {
      const instance = this.freeInstance()
      if (!instance) return
      const queued = this.queue.shift()!
      instance
        .run(queued.call)
        .then(queued.resolve, (err) => queued.reject(asFunctionError(this.spec.name, err)))
        .finally(() => this.dispatch())
    }
  }

  private freeInstance(): FunctionInstance | null {
    const idle = this.instances.find((instance) => instance.state === 'idle')
    if (idle) return idle
    if (this.instances.length >= this.size) return null
    const fresh = new FunctionInstance(this.spec, this.makeEnv(this.spec), (retired) => this.remove(retired))
    this.instances.push(fresh)
    return fresh
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
