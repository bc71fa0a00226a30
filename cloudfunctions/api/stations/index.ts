import type { AnyAction } from '../core/action'
import { getStation } from './get'
import { archiveStation, listManagedStations, reopenStation, saveStation, suspendStation } from './manage'
import { nearbyStations } from './nearby'

export const stationsActions: AnyAction[] = [nearbyStations, getStation, listManagedStations, saveStation, suspendStation, reopenStation, archiveStation]
