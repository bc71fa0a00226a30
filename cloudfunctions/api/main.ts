// The `api` cloud function: `{ action: 'domain.verb', data }` in, `{ ok, data | error }` out.
import { featureOf } from './actions'
import { callerOpenid } from './core/cloud'
import { createRouter } from './core/router'
import { answerDeployProbe, isDeployProbe } from './system/probe'
import { answerMigration, isMigration } from './org/migration'

const route = createRouter(featureOf)

export async function main(event: unknown) {
  const openid = callerOpenid()
  // No user behind the call: the deployer invoking the function through the management API (npm run deploy).
  if (!openid && isDeployProbe(event)) return answerDeployProbe(event)
  // The deployer's one-off migration of issue 16 (a user calling this action gets 未知的操作 from the router).
  if (!openid && isMigration(event)) return answerMigration(event)
  return route(event, openid)
}
