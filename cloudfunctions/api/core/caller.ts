import type { Role } from '../../../types/roles'
import { AppError, forbidden } from './errors'
import { db } from './cloud'
import { firstDoc } from './db'

export interface UserDoc {
  _id: string
  roles: Role[]
  nickname: string
  createdAt: Date
}

export interface Caller {
  openid: string
  roles: Role[]
}

/** Everyone is a resident until they pick or are granted more. */
export const DEFAULT_ROLES: Role[] = ['resident']

export async function loadUser(openid: string): Promise<UserDoc | null> {
  return firstDoc<UserDoc>(db.collection('users').where({ _id: openid }).limit(1))
}

export async function loadCaller(openid: string): Promise<Caller> {
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开并登录')
  const user = await loadUser(openid)
  return { openid, roles: user?.roles ?? DEFAULT_ROLES }
}

export function requireRole(caller: Caller, allowed: readonly Role[]): void {
  if (!allowed.some((role) => caller.roles.includes(role))) {
    throw forbidden(`需要以下身份之一：${allowed.join('、')}`)
  }
}
