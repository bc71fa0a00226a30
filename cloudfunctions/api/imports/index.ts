import type { AnyAction } from '../core/action'
import { applyStationImport, previewStationImport } from './stations'

export const importsActions: AnyAction[] = [previewStationImport, applyStationImport]
