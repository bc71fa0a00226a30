// Every action: its name, its input, its output. Each feature declares its own `<Feature>Actions` in
// types/<feature>.ts; this joins them. The client infers from it; the router validates with the schemas.
import type { ShopsActions } from './shops'
import type { StationsActions } from './stations'
import type { UsersActions } from './users'

export interface Actions extends UsersActions, StationsActions, ShopsActions {}

export type ActionName = keyof Actions
export type ActionInput<A extends ActionName> = Actions[A]['input']
export type ActionOutput<A extends ActionName> = Actions[A]['output']
