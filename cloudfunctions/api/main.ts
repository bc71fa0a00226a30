// The `api` cloud function: `{ action: 'domain.verb', data }` in, `{ ok, data | error }` out.
import { featureOf } from './actions'
import { callerOpenid } from './core/cloud'
import { createRouter } from './core/router'
import { answerDeployProbe, isDeployProbe } from './system/probe'

const route = createRouter(featureOf)

/** `{ action: 'system.migrateOrg' }`: told apart here so a cold start does not load org/ (issue 17). */
function isMigrationCall(event: unknown): event is { action: 'system.migrateOrg'; data?: { blockId?: unknown } } {
  return typeof event === 'object' && event !== null && (event as { action?: unknown }).action === 'system.migrateOrg'
}

export async function main(event: unknown) {
  const openid = callerOpenid()
  // No user behind the call: the deployer invoking the function through the management API (npm run deploy).
  if (!openid && isDeployProbe(event)) return answerDeployProbe(event)
  // The deployer's one-off migration of issue 16 (a user calling this action gets 未知的操作 from the router).
  if (!openid && isMigrationCall(event)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./org/migration') as typeof import('./org/migration')).answerMigration(event)
  }
  return route(event, openid)
}
