import type { ActionName } from '../../../types/actions'
import { useSubmit } from '../../shared/api/useSubmit'
import { useApiQuery } from '../../shared/api/useApiQuery'

export const useMyNeeds = () => useApiQuery('needs.mine', {})
export const useNeed = (id: string | undefined) => useApiQuery('needs.get', id ? { needId: id } : null)

/** One write at a time, with its error; `run` answers the result or null when it failed (see useSubmit). */
export function useAction<A extends ActionName>(action: A) {
  const { submit, busy, error } = useSubmit(action, undefined, { toast: false })
  return { run: submit, busy, error }
}
