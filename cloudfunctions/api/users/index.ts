import type { AnyAction } from '../core/action'
import { chooseRoles, grantRole, me } from './me'
import { getUser, staffList } from './people'

export const usersActions: AnyAction[] = [me, chooseRoles, grantRole, getUser, staffList]
