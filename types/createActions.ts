// The actions that create something: each takes a `requestId` (types/fields.ts) so a double tap, a retry or a
// second phone answers the first result. The app adds one per form (src/shared/api/useSubmit.ts);
// test/integration/requestOnce.test.ts checks this list against the schemas.
import type { ActionName } from './actions'

export const CREATE_ACTIONS = [
  'badges.issue',
  'events.create',
  'events.signupCompanion',
  'hours.certificate',
  'needs.submit',
  'notices.save',
  'notices.saveShelter',
  'org.saveBlock',
  'positions.save',
  'projects.claim',
  'projects.fulfil',
  'projects.intent',
  'projects.save',
  'resources.save',
  'shops.upsert',
  'teams.saveActivity',
  'visits.log',
] as const satisfies readonly ActionName[]

export const isCreateAction = (action: string): boolean => (CREATE_ACTIONS as readonly string[]).includes(action)

/** A request id: time plus randomness, 8–64 of [A-Za-z0-9_-]. */
export function newRequestId(random: () => number = Math.random): string {
  const part = () => Math.floor(random() * 2 ** 32).toString(36)
  return `r${Date.now().toString(36)}${part()}${part()}`
}
