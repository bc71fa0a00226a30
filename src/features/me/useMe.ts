import { useCallback, useState } from 'react'
import type { Role } from '../../../types/roles'
import { callApi } from '../../shared/api/callApi'
import { useApiQuery } from '../../shared/query/useApiQuery'
import { toApiCallError, type ApiCallError } from '../../shared/api/ApiCallError'

const NO_INPUT = {} as Record<string, never>

/** The signed-in person: openid, nickname, roles. */
export function useMe() {
  return useApiQuery('users.me', NO_INPUT)
}

export function isStaff(roles: readonly Role[] | undefined): boolean {
  return !!roles && (roles.includes('staff') || roles.includes('admin'))
}

/** Saves the self-chosen roles; calls `onSaved` so the caller can refresh `users.me`. */
export function useChooseRoles(onSaved: () => void) {
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const save = useCallback(
    async (roles: Array<'resident' | 'courier'>) => {
      setSaving(true)
      setError(null)
      try {
        await callApi('users.chooseRoles', { roles })
        onSaved()
        return true
      } catch (err) {
        setError(toApiCallError(err))
        return false
      } finally {
        setSaving(false)
      }
    },
    [onSaved],
  )
  return { save, saving, error }
}
