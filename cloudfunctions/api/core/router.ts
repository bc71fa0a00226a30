import { z } from 'zod'
import type { ApiResult } from '@/types/api'
import type { AnyAction } from './action'
import type { FeatureLoader } from '../actions'
import { lazyCaller, loadCaller, requireRole } from './caller'
import { now } from './clock'
import { AppError, invalidInput } from './errors'
import { runOnce } from './requestOnce'
import { countCreate } from './rateLimit'
import { isCreateAction } from '@/types/createActions'
import { parseInput } from './validation'

const envelope = z.object({
  action: z.string({ error: 'action 应为字符串' }).min(1).max(64),
  data: z.unknown().optional(),
})

/**
 * Builds the `api` function's body: validate, authorise, run, and never leak a stack trace. `featureOf(name)` gives
 * the loader of the feature serving an action name (cloudfunctions/api/actions.ts); a feature is loaded on the first
 * call of one of its actions and its actions kept for the instance's life.
 */
export function createRouter(featureOf: (actionName: string) => FeatureLoader | undefined) {
  const byName = new Map<string, AnyAction>()
  const loaded = new Set<FeatureLoader>()
  const find = (name: string): AnyAction | undefined => {
    const load = featureOf(name)
    if (load && !loaded.has(load)) {
      for (const action of load()) byName.set(action.name, action)
      loaded.add(load)
    }
    return byName.get(name)
  }

  return async function route(event: unknown, openid: string): Promise<ApiResult<unknown>> {
    try {
      const { action: name, data } = parseInput(envelope, event)
      const action = find(name)
      if (!action) throw invalidInput(`未知的操作：${name}`)
      // Only actions that need the caller's roles wait for their `users` record before anything else.
      const caller = action.caller === 'lazy' && !action.roles ? lazyCaller(openid) : await loadCaller(openid)
      if (action.roles) requireRole(caller, action.roles)
      const { requestId, ...input } = asRecord(parseInput(action.input, data, action.name))
      const at = now()
      const handle = async () => {
        if (isCreateAction(action.name)) await countCreate(action.name, caller.openid, at)
        return action.handle({ caller, input, now: at })
      }
      const result = typeof requestId === 'string' ? await runOnce(action.name, caller.openid, requestId, at, handle) : await handle()
      return { ok: true, data: result }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toJSON() }
      console.error('[api] unexpected error', error)
      return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }
    }
  }
}

/** Inputs are objects (every action's schema is `z.object`); the request id is the router's, not the handler's. */
function asRecord(input: unknown): Record<string, unknown> {
  return input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {}
}
