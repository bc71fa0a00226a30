import { useCallback, useState } from 'react'
import type { ResourceKind } from '../../../types/resources.vocab'
import { callApi } from '../../shared/api/callApi'
import { toApiCallError, type ApiCallError } from '../../shared/api/ApiCallError'
import { useApiQuery } from '../../shared/query/useApiQuery'

const NO_INPUT = {} as Record<string, never>

export const useResourceList = (category: ResourceKind | undefined) => useApiQuery('resources.list', category ? { category } : NO_INPUT)
/** Runs once there is something to search for. */
export const useResourceSearch = (query: string) => useApiQuery('resources.search', query.trim() ? { query: query.trim() } : null)
export const useResource = (id: string | undefined) => useApiQuery('resources.get', id ? { id } : null)
export const useFavourites = () => useApiQuery('resources.favourites', NO_INPUT)

/** Star or unstar an entry; `onDone` refreshes what shows it. */
export function useSetFavourite(onDone: () => void) {
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const setFavourite = useCallback(
    async (id: string, favourite: boolean) => {
      setSaving(true)
      setError(null)
      try {
        await callApi('resources.setFavourite', { id, favourite })
        onDone()
      } catch (err) {
        setError(toApiCallError(err))
      } finally {
        setSaving(false)
      }
    },
    [onDone],
  )
  return { setFavourite, saving, error }
}
