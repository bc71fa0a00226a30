import type { AnyAction } from '../core/action'
import { dueVisits } from './due'
import { listVisits } from './list'
import { logVisit } from './log'

export const visitsActions: AnyAction[] = [logVisit, listVisits, dueVisits]
