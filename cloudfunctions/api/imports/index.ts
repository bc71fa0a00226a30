import type { AnyAction } from '../core/action'
import { applyPositionImport, previewPositionImport } from './positions'
import { applyStationImport, previewStationImport } from './stations'

export const importsActions: AnyAction[] = [previewStationImport, applyStationImport, previewPositionImport, applyPositionImport]
