import type { AnyAction } from '../core/action'
import { myFavourites, setFavourite } from './favourites'
import { getResource, listResources, searchResources } from './read'
import { removeResource, saveResource } from './write'

export const resourcesActions: AnyAction[] = [listResources, searchResources, getResource, setFavourite, myFavourites, saveResource, removeResource]
