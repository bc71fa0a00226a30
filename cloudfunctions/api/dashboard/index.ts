import type { AnyAction } from '../core/action'
import { csvAction, statsAction } from './stats'

export const dashboardActions: AnyAction[] = [statsAction, csvAction]
