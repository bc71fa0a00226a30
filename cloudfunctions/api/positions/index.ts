import type { AnyAction } from '../core/action'
import { removePosition, savePosition } from './manage'
import { nearbyPositions } from './nearby'

export const positionsActions: AnyAction[] = [nearbyPositions, savePosition, removePosition]
