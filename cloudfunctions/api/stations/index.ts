import type { AnyAction } from '../core/action'
import { getStation } from './get'
import { nearbyStations } from './nearby'

export const stationsActions: AnyAction[] = [nearbyStations, getStation]
