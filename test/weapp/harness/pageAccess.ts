// Which pages each demo person can open, and the query each page opens with: read from the build's app.json and the
// app's own hub entries (the roles an entry is shown to), so a new page or a new entry is covered without edits here.
import fs from 'node:fs'
import path from 'node:path'
import type { Role } from '@/types/roles'
import { myEntries } from '@/src/features/me/entries'
import { serviceEntries } from '@/src/features/services/entries'
import { staffEntries } from '@/src/staff/entries'
import type { SeedFacts } from './seedFacts'
import { DIST } from './taroApp'

/** The seed's demo people, one per role (seed/users.ts). */
export const DEMO_PEOPLE: Record<Role, string> = {
  resident: 'demo-resident',
  courier: 'demo-courier',
  merchant: 'demo-merchant',
  staff: 'demo-staff',
  admin: 'demo-admin',
}

const EVERYONE: readonly Role[] = ['resident', 'courier', 'merchant', 'staff', 'admin']
/** The 工作台 (staff home, and every staff page behind it) is shown to staff and admins (useMe.ts `isStaff`). */
const STAFF: readonly Role[] = ['staff', 'admin']

/** Every page of the build's app.json: main package, then each subpackage, as `root/page`. */
export function appPages(): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: Array<{ root: string; pages: string[] }>
    subpackages?: Array<{ root: string; pages: string[] }>
  }
  const subpackages = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subpackages.flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`))]
}

/**
 * Pages no hub entry leads to, reached only from pages some roles see: the claim page opens from 我的认领 (merchants,
 * `my-claims`) and from 认领审核 (staff); the server answers anyone else FORBIDDEN.
 */
const REACHED_FROM: Record<string, readonly Role[]> = {
  'features/projects/subpages/claim/index': ['merchant', 'staff', 'admin'],
}

const routeOf = (url: string) => url.replace(/^\//, '').split('?')[0]

/** Roles that can open `route`: those its hub entries are shown to; a page without an entry (a detail page) is open to whoever reaches it. */
export function rolesFor(route: string): readonly Role[] {
  if (REACHED_FROM[route]) return REACHED_FROM[route]
  const isStaffPage = route.startsWith('staff/')
  const entries = [...myEntries, ...serviceEntries, ...staffEntries].filter((entry) => routeOf(entry.url) === route)
  const base = isStaffPage ? STAFF : EVERYONE
  if (entries.length === 0 || entries.some((entry) => !entry.roles)) return base
  return base.filter((role) => entries.some((entry) => entry.roles?.includes(role)))
}

/** The query a page opens with (ids from the seed); pages that need none get {}. */
export function queryFor(route: string, role: Role, facts: SeedFacts): Record<string, string> {
  const openid = DEMO_PEOPLE[role]
  const byRoute: Record<string, Record<string, string>> = {
    'features/stations/pages/detail/index': { id: facts.stationId },
    'features/events/subpages/detail/index': { id: facts.eventId },
    'features/teams/subpages/team/index': { id: facts.teamId },
    'features/projects/subpages/detail/index': { id: facts.projectId },
    'features/projects/subpages/claim/index': { id: facts.claimId },
    'features/resources/subpages/category/index': { category: 'toolkit' },
    'features/resources/subpages/detail/index': { id: facts.resourceId },
    'features/notices/subpages/detail/index': { id: facts.noticeId },
    // A person opens their own need, from 我的诉求 (the environment gives everyone one).
    'features/needs/subpages/detail/index': { id: facts.needOf[openid] },
    'staff/needs/detail/index': { id: facts.anyNeedId },
    'staff/shops/detail/index': { id: facts.shopId },
    'staff/shops/edit/index': { id: facts.shopId },
    'staff/visits/log/index': { shopId: facts.shopId },
    'staff/events/edit/index': { id: facts.eventId },
    'staff/events/roster/index': { id: facts.eventId },
  }
  return byRoute[route] ?? {}
}
