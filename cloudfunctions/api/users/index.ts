import type { AnyAction } from '../core/action'
import { chooseRoles, grantRole, me } from './me'

export const usersActions: AnyAction[] = [me, chooseRoles, grantRole]
