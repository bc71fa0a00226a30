import { isStaffRole, type Role } from '@/types/roles'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { useApiMutation } from '@/src/shared/query/useApiMutation'

const NO_INPUT = {} as Record<string, never>

/** The signed-in person: openid, nickname, roles. */
export function useMe() {
  return useApiQuery('users.me', NO_INPUT)
}

export function isStaff(roles: readonly Role[] | undefined): boolean {
  return isStaffRole(roles)
}

/** Saves the self-chosen roles; `users.me` (and what depends on roles) refreshes by itself. `save` answers true when saved. */
export function useChooseRoles() {
  const { mutate, busy, error } = useApiMutation('users.chooseRoles', undefined, { toast: false })
  const save = async (roles: Array<'resident' | 'courier'>) => (await mutate({ roles })) !== null
  return { save, saving: busy, error }
}
