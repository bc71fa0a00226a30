import type { AnyAction } from '../core/action'
import { deleteMyData } from './delete'
import { exportMyData } from './export'
import { exportMyDataFile } from './exportFiles'

export const mydataActions: AnyAction[] = [exportMyData, exportMyDataFile, deleteMyData]
