// Every action the `api` function serves. A feature adds its actions here.
import type { AnyAction } from './core/action'
import { getStation } from './stations/get'
import { nearbyStations } from './stations/nearby'
import { chooseRoles, grantRole, me } from './users/me'

export const actions: AnyAction[] = [me, chooseRoles, grantRole, nearbyStations, getStation]
