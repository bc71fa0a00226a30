import type { AnyAction } from '../core/action'
import { listVisits } from './list'
import { logVisit } from './log'

export const visitsActions: AnyAction[] = [logVisit, listVisits]
