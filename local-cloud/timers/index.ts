/**
 * Timer triggers, declared as CloudBase does in a function's config.json:
 * `"triggers": [{ "name": "hourly", "type": "timer", "config": "0 0 * * * * *" }]`.
 * `fire` runs one now (the `/_local/timers` endpoint); `start` runs them all on schedule, off by
 * default so tests stay deterministic. A timer call has no user and the event SCF sends:
 * `{ Type: 'Timer', TriggerName, Time, Message }`.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { isValidFunctionName, readConfigJson } from '../functions/functionConfig'
import { cronMatches, nextCronTime, parseCron, type CronSchedule } from './cron'

export { parseCron, cronMatches, nextCronTime, CronError } from './cron'

export interface TimerTrigger {
  functionName: string
  name: string
  config: string
  schedule: CronSchedule
}

export interface TimerTriggersOptions {
  functionsDir: string
  /** Calls the function with no user. */
  invoke(functionName: string, event: unknown): Promise<unknown>
  /** The local cloud's clock (fixed in tests), for the event's Time when fired by hand. */
  now(): Date
}

export class TimerNotFound extends Error {}

/** SCF's Time has no milliseconds: "2019-02-21T11:49:00Z". */
const scfTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

export function readTimerTriggers(functionsDir: string, functionName: string): TimerTrigger[] {
  if (!isValidFunctionName(functionName)) return []
  const config = readConfigJson(path.join(functionsDir, functionName, 'config.json'))
  const triggers = Array.isArray(config.triggers) ? (config.triggers as Array<Record<string, unknown>>) : []
  return triggers
    .filter((t) => t?.type === 'timer')
    .map((t) => {
      if (typeof t.name !== 'string' || typeof t.config !== 'string') {
        throw new Error(`local-cloud: ${functionName}/config.json: a timer trigger needs a string "name" and "config"`)
      }
      return { functionName, name: t.name, config: t.config, schedule: parseCron(t.config) }
    })
}

export function createTimerTriggers(options: TimerTriggersOptions) {
  let timer: NodeJS.Timeout | undefined
  let lastChecked = 0

  const all = (): TimerTrigger[] => {
    if (!existsSync(options.functionsDir)) return []
    return readdirSync(options.functionsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(options.functionsDir, d.name, 'index.js')))
      .flatMap((d) => readTimerTriggers(options.functionsDir, d.name))
  }

  const run = (trigger: TimerTrigger, time: Date) =>
    options.invoke(trigger.functionName, { Type: 'Timer', TriggerName: trigger.name, Time: scfTime(time), Message: '' })

  // Checks every second since the last tick, so a busy event loop delays a firing but never drops it.
  function tick(triggers: TimerTrigger[]): void {
    const nowSecond = Math.floor(Date.now() / 1000)
    const from = Math.max(lastChecked + 1, nowSecond - 60)
    for (let s = from; s <= nowSecond; s++) {
      const at = new Date(s * 1000)
      for (const trigger of triggers) {
        if (!cronMatches(trigger.schedule, at)) continue
        run(trigger, at).catch((err) => console.error(`[local-cloud] timer ${trigger.functionName}/${trigger.name} failed:`, (err as Error)?.message ?? err))
      }
    }
    lastChecked = nowSecond
    timer = setTimeout(() => tick(triggers), 1000 - (Date.now() % 1000) + 5)
  }

  return {
    /** Every timer of every function, with its next firing. */
    list: () => all().map((t) => ({ function: t.functionName, name: t.name, config: t.config, next: nextCronTime(t.schedule, new Date()) })),

    /** Runs one trigger now, as if its time had come; answers the function's return value. */
    async fire(functionName: string, triggerName: string): Promise<unknown> {
      const trigger = readTimerTriggers(options.functionsDir, functionName).find((t) => t.name === triggerName)
      if (!trigger) throw new TimerNotFound(`function ${functionName} has no timer trigger named "${triggerName}"`)
      return run(trigger, options.now())
    },

    /** Starts the schedule (the CLI does; tests fire by hand). Invalid triggers fail here, as a deploy would. */
    start(): TimerTrigger[] {
      const triggers = all()
      lastChecked = Math.floor(Date.now() / 1000)
      if (triggers.length) timer = setTimeout(() => tick(triggers), 1000 - (Date.now() % 1000) + 5)
      return triggers
    },

    stop(): void {
      if (timer) clearTimeout(timer)
      timer = undefined
    },
  }
}

export type TimerTriggers = ReturnType<typeof createTimerTriggers>
