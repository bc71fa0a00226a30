import { useCallback, useState } from 'react'
import { callApi } from '../../shared/api/callApi'
import { toApiCallError, type ApiCallError } from '../../shared/api/ApiCallError'
import { useApiQuery } from '../../shared/query/useApiQuery'

const NO_INPUT = {} as Record<string, never>

export function useMyData() {
  return useApiQuery('mydata.export', NO_INPUT)
}

/** Deletes everything about the caller; resolves true when done. */
export function useDeleteMyData() {
  const [deleting, setDeleting] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const remove = useCallback(async () => {
    setDeleting(true)
    setError(null)
    try {
      await callApi('mydata.delete', { confirm: '删除' })
      return true
    } catch (err) {
      setError(toApiCallError(err))
      return false
    } finally {
      setDeleting(false)
    }
  }, [])
  return { remove, deleting, error }
}
