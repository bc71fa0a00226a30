// The `api` cloud function: `{ action: 'domain.verb', data }` in, `{ ok, data | error }` out.
import { actions } from './actions'
import { callerOpenid } from './core/cloud'
import { createRouter } from './core/router'

const route = createRouter(actions)

export async function main(event: unknown) {
  return route(event, callerOpenid())
}
