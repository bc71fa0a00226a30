import type { Role } from '@/types/roles'
import type { StaffScope } from '@/types/org'
import { AppError, forbidden } from './errors'
import { db } from './cloud'
import { firstDoc } from './db'

export interface UserDoc {
  _id: string
  roles: Role[]
  nickname: string
  createdAt: Date
  /** Staff and admins: the blocks or streets they work in (issue 16, core/scope.ts). */
  scope?: StaffScope
  /** Residents and merchants: their home block, and its street (org.setHomeBlock writes both). */
  homeBlockId?: string | null
  homeStreetId?: string | null
}

export interface Caller {
  openid: string
  /**
   * The caller's roles (from their `users` record). In an action declared `caller: 'lazy'` reading this before
   * `withRoles()` has resolved is a programming error and throws.
   */
  readonly roles: Role[]
  /** The caller's stored staff scope (read with the roles; undefined when none was granted). */
  readonly scope: StaffScope | undefined
  /** The caller's home block and its street (read with the roles; null when none was chosen). Issue 16. */
  readonly home: { blockId: string; streetId: string | null } | null
  /** Reads the caller's `users` record once (later calls share that read); resolves to this caller, roles known. */
  withRoles(): Promise<Caller>
}

/** Everyone is a resident until they pick or are granted more. */
export const DEFAULT_ROLES: Role[] = ['resident']

export async function loadUser(openid: string): Promise<UserDoc | null> {
  return firstDoc<UserDoc>(db.collection('users').where({ _id: openid }).limit(1))
}

/** The caller, roles not yet read (no database operation until `withRoles()`). Throws UNAUTHENTICATED without an openid. */
export function lazyCaller(openid: string): Caller {
  if (!openid) throw new AppError('UNAUTHENTICATED', '请在微信中打开并登录')
  let roles: Role[] | null = null
  let scope: StaffScope | undefined
  let home: Caller['home'] = null
  let loading: Promise<Caller> | null = null
  const caller: Caller = {
    openid,
    get roles(): Role[] {
      if (!roles) throw new Error("caller.roles read before withRoles(): declare the action without `caller: 'lazy'` or await caller.withRoles()")
      return roles
    },
    get scope(): StaffScope | undefined {
      if (!roles) throw new Error('caller.scope read before withRoles()')
      return scope
    },
    get home(): Caller['home'] {
      if (!roles) throw new Error('caller.home read before withRoles()')
      return home
    },
    withRoles() {
      loading ??= loadUser(openid).then((user) => {
        roles = user?.roles ?? DEFAULT_ROLES
        scope = user?.scope
        home = user?.homeBlockId ? { blockId: user.homeBlockId, streetId: user.homeStreetId ?? null } : null
        return caller
      })
      return loading
    },
  }
  return caller
}

/** The caller with roles read (one `users` read). */
export function loadCaller(openid: string): Promise<Caller> {
  return lazyCaller(openid).withRoles()
}

export function requireRole(caller: Caller, allowed: readonly Role[]): void {
  if (!allowed.some((role) => caller.roles.includes(role))) {
    throw forbidden(`需要以下身份之一：${allowed.join('、')}`)
  }
}
