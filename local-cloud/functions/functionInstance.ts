import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { FunctionError, functionFailed, functionTimedOut } from './errors'
import type { FunctionSpec } from './functionConfig'
import { workerExecArgv } from './workerArgv'

export type InstanceState = 'starting' | 'idle' | 'busy' | 'stopping' | 'stopped'

/** One call as the worker receives it: the values it puts into process.env, then main(event, context). */
export interface InstanceCall {
  id: string
  event: unknown
  context: Record<string, unknown>
  wx: { OPENID: string; APPID: string; UNIONID?: string; CLIENTIP?: string }
  now: string | null
}

type WorkerMessage =
  | { type: 'thread'; osThreadId: number | null }
  | { type: 'ready' }
  | { type: 'loadFailed'; message: string }
  | { type: 'result'; id: string; resultJson: string }
  | { type: 'error'; id: string; message: string }

interface PendingCall {
  id: string
  resolve: (value: unknown) => void
  reject: (err: FunctionError) => void
  timer?: NodeJS.Timeout
}

const WORKER_ENTRY = path.join(__dirname, 'workerEntry.cjs')
// Loading wx-server-sdk cold takes a second or more on a busy machine; the cloud does not bill that to the call either.
const INIT_TIMEOUT_MS = 30_000

/** One worker thread running one function, one call at a time; reused while it stays healthy. */
export class FunctionInstance {
  state: InstanceState = 'starting'
  /** Names this instance in its SDK's `/admin` URL, so database actions count towards its call (callLog.ts). */
  readonly key: string
  /** The worker's thread id in the operating system once started (Linux only; null elsewhere). */
  osThreadId: number | null = null
  private readonly worker: Worker
  private readonly ready: Promise<void>
  private pending: PendingCall | null = null
  private exitReason = 'the instance exited'

  constructor(
    private readonly spec: FunctionSpec,
    env: Record<string, string>,
    private readonly onRetired: (instance: FunctionInstance) => void,
    tuned = true,
  ) {
    this.key = env.LOCAL_CLOUD_INSTANCE ?? ''
    this.worker = new Worker(WORKER_ENTRY, {
      env,
      execArgv: tuned ? workerExecArgv() : process.execArgv,
      workerData: { name: spec.name, modulePath: spec.modulePath },
    })
    this.ready = new Promise<void>((resolve, reject) => {
      const initTimer = setTimeout(() => reject(functionFailed(spec.name, 'instance start timed out')), INIT_TIMEOUT_MS)
      const onStart = (message: WorkerMessage) => {
        if (message.type === 'thread') {
          this.osThreadId = message.osThreadId
          return
        }
        this.worker.off('message', onStart)
        clearTimeout(initTimer)
        if (message.type === 'ready') resolve()
        else reject(functionFailed(spec.name, message.type === 'loadFailed' ? message.message : 'bad start'))
      }
      this.worker.on('message', onStart)
      this.worker.once('exit', () => {
        clearTimeout(initTimer)
        reject(functionFailed(spec.name, this.exitReason))
      })
    })
    this.ready.then(
      () => this.state === 'starting' && (this.state = 'idle'),
      () => void this.stop(),
    )
    this.worker.on('message', (message: WorkerMessage) => this.onMessage(message))
    this.worker.on('error', (err) => {
      console.error(`[local-cloud] function ${spec.name} crashed:`, err)
      this.exitReason = `the instance crashed: ${String(err?.message ?? err).split('\n')[0]}`
    })
    this.worker.on('exit', () => this.onExit())
  }

  /** Settles when the instance has loaded its function (rejects if it never does). */
  started(): Promise<void> {
    return this.ready
  }

  /** Runs one call; the caller (the pool) only hands calls to an idle or starting instance. */
  async run(call: InstanceCall): Promise<unknown> {
    if (this.state !== 'idle' && this.state !== 'starting') throw new Error(`instance is ${this.state}`)
    this.state = 'busy'
    await this.ready
    if (this.state !== 'busy') throw functionFailed(this.spec.name, this.exitReason)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.onTimeout(), this.spec.timeoutMs)
      this.pending = { id: call.id, resolve, reject, timer }
      try {
        this.worker.postMessage({ type: 'invoke', ...call })
      } catch (err) {
        // Nothing reached the worker (an uncloneable or too deeply nested value): it is free at once.
        this.settle()
        if (this.state === 'busy') this.state = 'idle'
        reject(functionFailed(this.spec.name, `the call could not be handed to the instance: ${String((err as Error)?.message ?? err).split('\n')[0]}`))
      }
    })
  }

  async stop(): Promise<void> {
    this.retire()
    if (this.state === 'stopped') return
    this.exitReason = 'the local cloud is stopping'
    await this.worker.terminate()
  }

  private onMessage(message: WorkerMessage): void {
    if (message.type !== 'result' && message.type !== 'error') return
    const pending = this.pending
    if (!pending || pending.id !== message.id) return
    this.settle()
    if (this.state === 'busy') this.state = 'idle'
    if (message.type === 'result') pending.resolve(JSON.parse(message.resultJson))
    else pending.reject(functionFailed(this.spec.name, message.message))
  }

  private onTimeout(): void {
    const pending = this.settle()
    // A timed-out instance may still be running user code: it cannot be trusted with the next call.
    this.exitReason = 'the instance was stopped after a timeout'
    void this.stop()
    pending?.reject(functionTimedOut(this.spec.name, this.spec.timeoutMs))
  }

  private onExit(): void {
    const pending = this.settle()
    this.retire()
    this.state = 'stopped'
    pending?.reject(functionFailed(this.spec.name, this.exitReason))
  }

  private settle(): PendingCall | null {
    const pending = this.pending
    if (pending?.timer) clearTimeout(pending.timer)
    this.pending = null
    return pending
  }

  /** Leaves the pool for good, so the pool starts a fresh instance for the next call. */
  private retire(): void {
    if (this.state === 'stopping' || this.state === 'stopped') return
    this.state = 'stopping'
    this.onRetired(this)
  }
}
