import type { z } from 'zod'
import type { ActionName, ActionOutput } from '../../../types/actions'
import type { Role } from '../../../types/roles'
import type { Caller } from './caller'

export interface ActionContext<I> {
  caller: Caller
  input: I
  now: Date
}

/** One action: the schema that guards its input, who may call it, and the handler. */
export interface ActionDef<A extends ActionName, S extends z.ZodType> {
  name: A
  input: S
  /** When set, the caller needs at least one of these roles. */
  roles?: readonly Role[]
  /**
   * `'lazy'`: the router does not read the caller's `users` record first; the handler calls
   * `caller.withRoles()` only when it needs roles (hot reads that need none cost one round trip less).
   * Not allowed together with `roles`.
   */
  caller?: 'lazy'
  handle: (ctx: ActionContext<z.output<S>>) => Promise<ActionOutput<A>>
}

export function defineAction<A extends ActionName, S extends z.ZodType>(def: ActionDef<A, S>): ActionDef<A, S> {
  return def
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = ActionDef<ActionName, any>
