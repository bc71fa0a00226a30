import type { AnyAction } from '../core/action'
import { saveBlock, saveStreet } from './edit'
import { orgDashboard } from './dashboard'
import { myBlock, orgTree, setHomeBlock, suggestHomeBlock } from './read'

export const orgActions: AnyAction[] = [orgTree, saveStreet, saveBlock, suggestHomeBlock, setHomeBlock, myBlock, orgDashboard]
