import { useCallback, useState } from 'react'
import type { ActionInput, ActionName, ActionOutput } from '../../../types/actions'
import { callApi } from '../../shared/api/callApi'
import { toApiCallError, type ApiCallError } from '../../shared/api/ApiCallError'
import { useApiQuery } from '../../shared/api/useApiQuery'

export const useMyNeeds = () => useApiQuery('needs.mine', {})
export const useNeed = (id: string | undefined) => useApiQuery('needs.get', id ? { needId: id } : null)

/** One write at a time, with its error; `run` answers the result or null when it failed. */
export function useAction<A extends ActionName>(action: A) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const run = useCallback(
    async (data: ActionInput<A>): Promise<ActionOutput<A> | null> => {
      setBusy(true)
      setError(null)
      try {
        return await callApi(action, data)
      } catch (err) {
        setError(toApiCallError(err))
        return null
      } finally {
        setBusy(false)
      }
    },
    [action],
  )
  return { run, busy, error }
}
