import { useApiQuery } from '@/src/shared/query/useApiQuery'

/** One station by id; `error.code === 'NOT_FOUND'` when it does not exist. */
export function useStation(id: string | undefined) {
  return useApiQuery('stations.get', id ? { id } : null)
}
