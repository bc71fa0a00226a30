import type { ActionName } from '@/types/actions'

/**
 * What a write makes stale, as prefixes of read action names: a write always makes its own feature stale
 * (`events.update` → every `events.*` answer), plus what other features show of it (a visit changes the shop list
 * and the dashboard). Read by useApiMutation after a write succeeds.
 */
const ALSO_STALE: Record<string, string[]> = {
  events: ['dashboard.'],
  needs: ['dashboard.'],
  projects: ['dashboard.'],
  hours: ['teams.'],
  teams: ['hours.'],
  visits: ['shops.', 'dashboard.', 'needs.'],
  shops: ['visits.', 'dashboard.'],
  // An emergency notice changes the station list (shelters and storage points show during it).
  notices: ['stations.'],
  imports: ['stations.', 'positions.'],
  badges: ['users.'],
  users: ['badges.', 'events.', 'projects.', 'org.'],
  // Blocks and grids: the grid pickers, the shop list and the dashboards read them; a home block changes 我的,
  // and which events and notices the 活动 and 公告 lists show (issue 16).
  org: ['shops.', 'visits.', 'users.', 'dashboard.', 'events.', 'notices.', 'badges.'],
}

/** Deleting my data changes everything I see. */
const STALE_EVERYWHERE: readonly string[] = ['mydata.delete']

export function staleAfterWrite(action: ActionName): string[] {
  if (STALE_EVERYWHERE.includes(action)) return ['']
  const feature = action.slice(0, action.indexOf('.'))
  return [`${feature}.`, ...(ALSO_STALE[feature] ?? [])]
}
