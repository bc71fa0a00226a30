import type { AnyAction } from '../core/action'
import { ledgerAction } from './ledger'
import { csvAction, statsAction } from './stats'
import { trendsAction } from './trends'

export const dashboardActions: AnyAction[] = [statsAction, csvAction, ledgerAction, trendsAction]
