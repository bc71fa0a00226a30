import type { AnyAction } from '../core/action'
import { activeNotices, getNotice, listNotices } from './read'
import { removeShelter, saveShelter } from './shelters'
import { endNotice, saveNotice } from './write'

export const noticesActions: AnyAction[] = [listNotices, getNotice, activeNotices, saveNotice, endNotice, saveShelter, removeShelter]
