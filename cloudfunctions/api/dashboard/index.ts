import type { AnyAction } from '../core/action'
import { ledgerAction } from './ledger'
import { csvAction, statsAction } from './stats'

export const dashboardActions: AnyAction[] = [statsAction, csvAction, ledgerAction]
