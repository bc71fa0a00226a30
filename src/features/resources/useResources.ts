import type { ResourceKind } from '@/types/resources.vocab'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { useApiQuery } from '@/src/shared/query/useApiQuery'

const NO_INPUT = {} as Record<string, never>

export const useResourceList = (category: ResourceKind | undefined) => useApiQuery('resources.list', category ? { category } : NO_INPUT)
/** Runs once there is something to search for. */
export const useResourceSearch = (query: string) => useApiQuery('resources.search', query.trim() ? { query: query.trim() } : null)
export const useResource = (id: string | undefined) => useApiQuery('resources.get', id ? { id } : null)
export const useFavourites = () => useApiQuery('resources.favourites', NO_INPUT)

/** Star or unstar an entry; the entry, the list and 我的收藏 refresh by themselves. */
export function useSetFavourite() {
  const { mutate, busy, error } = useApiMutation('resources.setFavourite', undefined, { toast: false })
  return { setFavourite: (id: string, favourite: boolean) => mutate({ id, favourite }), saving: busy, error }
}
