import type { AnyAction } from '../core/action'
import { saveBlock, saveStreet } from './edit'
import { myBlock, orgTree, setHomeBlock, suggestHomeBlock } from './read'

export const orgActions: AnyAction[] = [orgTree, saveStreet, saveBlock, suggestHomeBlock, setHomeBlock, myBlock]
