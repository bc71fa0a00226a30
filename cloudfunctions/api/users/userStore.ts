import type { Role } from '@/types/roles'
import { DEFAULT_ROLES, type UserDoc } from '../core/caller'
import { getOrNull, runTransaction } from '../core/transaction'
import type { Transaction } from '../core/db'

/**
 * Changes one user's roles inside a transaction (single-document operations only, as CloudBase allows),
 * creating the user if needed, so two concurrent changes never lose one another.
 */
export async function updateRoles(openid: string, now: Date, change: (roles: Role[]) => Role[]): Promise<UserDoc> {
  return runTransaction(async (transaction: Transaction) => {
    const ref = transaction.collection('users').doc(openid)
    const existing = await getOrNull<UserDoc>(ref)
    const base: UserDoc = existing ?? { _id: openid, roles: DEFAULT_ROLES, nickname: '', createdAt: now }
    const next: UserDoc = { ...base, roles: change(base.roles) }
    const { _id, ...fields } = next
    await ref.set({ data: fields })
    return next
  }) as Promise<UserDoc>
}
