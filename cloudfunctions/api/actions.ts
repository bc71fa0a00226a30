// Every feature the `api` function serves, by the domain of its action names ('users.me' → users): each feature
// exports its list from cloudfunctions/api/<feature>/index.ts and is required on the first call of one of its actions,
// so a cold start evaluates the router and the one feature its call needs (issue 17). Each domain has one
// feature folder (a team's `hours.*` handlers live in teams/ and are served by hours/); test/cloudfunctions/api/features.test.ts
// checks that every action is found under its own domain.
/* eslint-disable @typescript-eslint/no-require-imports */
import type { AnyAction } from './core/action'

/** Loads one feature (the first call evaluates its modules; later calls answer the same list). */
export type FeatureLoader = () => readonly AnyAction[]

export const features: Readonly<Record<string, FeatureLoader>> = {
  users: () => (require('./users') as typeof import('./users')).usersActions,
  events: () => (require('./events') as typeof import('./events')).eventsActions,
  projects: () => (require('./projects') as typeof import('./projects')).projectsActions,
  teams: () => (require('./teams') as typeof import('./teams')).teamsActions,
  hours: () => (require('./hours') as typeof import('./hours')).hoursActions,
  posters: () => (require('./posters') as typeof import('./posters')).postersActions,
  mydata: () => (require('./mydata') as typeof import('./mydata')).mydataActions,
  stations: () => (require('./stations') as typeof import('./stations')).stationsActions,
  shops: () => (require('./shops') as typeof import('./shops')).shopsActions,
  resources: () => (require('./resources') as typeof import('./resources')).resourcesActions,
  badges: () => (require('./badges') as typeof import('./badges')).badgesActions,
  positions: () => (require('./positions') as typeof import('./positions')).positionsActions,
  notices: () => (require('./notices') as typeof import('./notices')).noticesActions,
  needs: () => (require('./needs') as typeof import('./needs')).needsActions,
  visits: () => (require('./visits') as typeof import('./visits')).visitsActions,
  dashboard: () => (require('./dashboard') as typeof import('./dashboard')).dashboardActions,
  system: () => (require('./system') as typeof import('./system')).systemActions,
  imports: () => (require('./imports') as typeof import('./imports')).importsActions,
  org: () => (require('./org') as typeof import('./org')).orgActions,
}

/** 'users.me' → 'users': the key of `features` that serves the action. */
export function domainOf(actionName: string): string {
  const dot = actionName.indexOf('.')
  return dot < 0 ? actionName : actionName.slice(0, dot)
}

/** The loader serving `actionName`'s domain, or undefined (an unknown domain). */
export function featureOf(actionName: string): FeatureLoader | undefined {
  const domain = domainOf(actionName)
  return Object.prototype.hasOwnProperty.call(features, domain) ? features[domain] : undefined
}

/** Every action of every feature, loading them all: for tests and tools (the router loads one feature at a time). */
export function allActions(): AnyAction[] {
  const byName = new Map<string, AnyAction>()
  for (const load of new Set(Object.values(features))) for (const action of load()) byName.set(action.name, action)
  return [...byName.values()]
}
