import type { AnyAction } from '../core/action'
import { makePoster } from './make'

export const postersActions: AnyAction[] = [makePoster]
