import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { forgetAnswers } from '@/src/shared/query/persist'
import { deviceOwner } from '@/src/shared/query/owner'

const NO_INPUT = {} as Record<string, never>

export function useMyData() {
  return useApiQuery('mydata.export', NO_INPUT)
}

/**
 * Deletes everything about the caller, and what this device kept of their answers (sign-ups, badge, needs):
 * `remove()` resolves true when done; `error` says why not.
 */
export function useDeleteMyData() {
  const { mutate, busy, error } = useApiMutation('mydata.delete', () => forgetAnswers(deviceOwner()), { toast: false })
  const remove = async () => (await mutate({ confirm: '删除' })) !== null
  return { remove, deleting: busy, error }
}
