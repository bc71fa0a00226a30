import type { z } from 'zod'
import type { ActionName, ActionOutput, ActionParsedInput, ActionSchema } from '@/types/actions'
import type { Role } from '@/types/roles'
import type { Caller } from './caller'

export interface ActionContext<I> {
  caller: Caller
  input: I
  now: Date
}

/**
 * One action: the schema that guards its input, who may call it, and the handler. `input` must be the very schema
 * the contract binds to `name` (types/<feature>.ts `<Feature>Actions`), and `handle` must answer its output: another
 * action's schema or output is a type error (test/types/contractBinding.ts).
 */
export interface ActionDef<A extends ActionName> {
  name: A
  input: ActionSchema<A>
  /** When set, the caller needs at least one of these roles. */
  roles?: readonly Role[]
  /**
   * `'lazy'`: the router does not read the caller's `users` record first; the handler calls
   * `caller.withRoles()` only when it needs roles (hot reads that need none cost one round trip less).
   * Not allowed together with `roles`.
   */
  caller?: 'lazy'
  handle: (ctx: ActionContext<ActionParsedInput<A>>) => Promise<ActionOutput<A>>
}

/** Declares action `A` (inferred from `name`); answers the definition unchanged. */
export function defineAction<A extends ActionName>(def: ActionDef<A>): ActionDef<A> {
  return def
}

/**
 * Any one action, as the router's list holds them: the name-bound types erased (each was checked against the
 * contract at its own `defineAction`).
 */
export interface AnyAction {
  name: ActionName
  input: z.ZodType
  roles?: readonly Role[]
  caller?: 'lazy'
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handle: (ctx: ActionContext<any>) => Promise<unknown>
}
