// Every action the `api` function serves: each feature exports its list from cloudfunctions/api/<feature>/index.ts.
import type { AnyAction } from './core/action'
import { shopsActions } from './shops'
import { stationsActions } from './stations'
import { usersActions } from './users'

export const actions: AnyAction[] = [...usersActions, ...stationsActions, ...shopsActions]
