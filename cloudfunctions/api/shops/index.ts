import type { AnyAction } from '../core/action'
import { attachManager, detachManager } from './managers'
import { myShops } from './mine'

export const shopsActions: AnyAction[] = [myShops, attachManager, detachManager]
