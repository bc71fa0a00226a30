// Re-running the deploy must not fail on triggers that already exist: SCF's BatchCreateTrigger refuses a name that
// is taken (ResourceInUse.Trigger), and manager-node's createFunction(force) calls it again for every trigger in the
// config (lib/function/index.js: retryCreateTrigger after updateFunctionConfig). So the deploy compares what exists
// with what config.json declares and only creates, replaces or deletes the difference.
import type { ExistingTrigger } from './cloudManager'
import type { TriggerPlan } from './plan'

export interface TriggerChanges {
  create: TriggerPlan[]
  /** Names to delete first: changed (then re-created) or no longer declared. */
  remove: string[]
  keep: string[]
}

/** A timer's cron as GetFunction reports it: `{"cron":"<expression>"}` or the bare expression. */
export function cronOf(trigger: ExistingTrigger): string {
  try {
    const parsed = JSON.parse(trigger.TriggerDesc)
    if (parsed && typeof parsed.cron === 'string') return parsed.cron.trim()
  } catch {
    // not JSON: the bare expression
  }
  return trigger.TriggerDesc.trim()
}

export function triggerChanges(existing: ExistingTrigger[], declared: TriggerPlan[]): TriggerChanges {
  const changes: TriggerChanges = { create: [], remove: [], keep: [] }
  const byName = new Map(existing.map((t) => [t.TriggerName, t]))
  for (const want of declared) {
    const have = byName.get(want.name)
    if (!have) changes.create.push(want)
    else if (have.Type === want.type && cronOf(have) === want.config.trim()) changes.keep.push(want.name)
    else {
      changes.remove.push(want.name)
      changes.create.push(want)
    }
  }
  const declaredNames = new Set(declared.map((t) => t.name))
  for (const have of existing) {
    if (!declaredNames.has(have.TriggerName) && have.Type === 'timer') changes.remove.push(have.TriggerName)
  }
  return changes
}
