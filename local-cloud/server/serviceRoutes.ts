/**
 * The `/_local/*` endpoints of the platform services: the subscribe-message outbox and consent
 * ledger, the content-check deny list, cloud storage files and timer triggers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_TEMPLATES_PER_REQUEST, type OpenApi } from '../openapi'
import type { CloudStorage } from '../storage'
import { CronError, TimerNotFound, type TimerTriggers } from '../timers'
import { HttpError, badRequest, methodNotAllowed, notFound } from './httpErrors'
import { readJsonBody, sendJson } from './transport'
import { storageRoute } from './storageRoutes'

export interface LocalServices {
  openApi: OpenApi
  storage: CloudStorage
  timers: TimerTriggers
}

/**
 * Answers the request and returns true when the path is one of the service endpoints. `trusted`:
 * the request carries the local cloud's secret (otherwise it is the h5 app, speaking for its user).
 */
export async function serviceRoute(services: LocalServices, req: IncomingMessage, res: ServerResponse, trusted: boolean): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local')
  const { pathname } = url
  const method = req.method ?? 'GET'
  const { subscribeMessage, contentSecurity } = services.openApi
  if (pathname.startsWith('/_local/storage/')) {
    await storageRoute(services.storage, req, res, url)
    return true
  }
  if (pathname === '/_local/outbox') {
    if (method === 'GET') sendJson(res, 200, await subscribeMessage.outbox(url.searchParams.get('touser') || undefined))
    else if (method === 'DELETE') sendJson(res, 200, { deleted: await subscribeMessage.clearOutbox() })
    else throw methodNotAllowed(method, pathname)
    return true
  }
  if (pathname === '/_local/subscriptions') {
    // The app's stand-in for wx.requestSubscribeMessage: a user accepts (or reads) only their own consents.
    const caller = req.headers['x-wx-openid']
    const assertCaller = (openid: string) => {
      if (!trusted && openid !== caller) throw new HttpError(403, 'FORBIDDEN', 'the x-wx-openid header must name the same user')
    }
    if (method === 'GET') {
      const openid = url.searchParams.get('openid')
      if (!openid) throw badRequest('expected ?openid=<openid>')
      assertCaller(openid)
      sendJson(res, 200, { openid, granted: await subscribeMessage.unconsumed(openid) })
    } else if (method === 'POST') {
      const { openid, templateIds } = ((await readJsonBody(req)) ?? {}) as { openid?: unknown; templateIds?: unknown }
      if (typeof openid !== 'string' || !openid) throw badRequest('expected { "openid": "...", "templateIds": ["..."] }')
      assertCaller(openid)
      if (!Array.isArray(templateIds) || !templateIds.length || !templateIds.every((t) => typeof t === 'string' && t)) {
        throw badRequest('templateIds must be a non-empty array of template ids')
      }
      if (templateIds.length > MAX_TEMPLATES_PER_REQUEST) {
        throw badRequest(`requestSubscribeMessage takes at most ${MAX_TEMPLATES_PER_REQUEST} templates per call`)
      }
      await subscribeMessage.grant(openid, templateIds)
      sendJson(res, 200, { openid, granted: await subscribeMessage.unconsumed(openid) })
    } else throw methodNotAllowed(method, pathname)
    return true
  }
  if (pathname === '/_local/content-check') {
    if (method === 'POST') {
      const { blocked, label } = ((await readJsonBody(req)) ?? {}) as { blocked?: unknown; label?: unknown }
      if (!Array.isArray(blocked) || !blocked.every((w) => typeof w === 'string')) {
        throw badRequest('expected { "blocked": ["word", ...], "label"?: 20001 }')
      }
      contentSecurity.setBlockedWords(blocked, typeof label === 'number' ? label : undefined)
    } else if (method !== 'GET') throw methodNotAllowed(method, pathname)
    sendJson(res, 200, { blocked: contentSecurity.blockedWords() })
    return true
  }
  if (pathname === '/_local/timers') {
    if (method !== 'GET') throw methodNotAllowed(method, pathname)
    sendJson(res, 200, services.timers.list())
    return true
  }
  const fire = /^\/_local\/timers\/([^/]+)\/([^/]+)$/.exec(pathname)
  if (fire) {
    if (method !== 'POST') throw methodNotAllowed(method, pathname)
    const [fn, trigger] = [decodeURIComponent(fire[1]), decodeURIComponent(fire[2])]
    const result = await services.timers.fire(fn, trigger).catch((e) => {
      if (e instanceof TimerNotFound) throw notFound(e.message)
      // A trigger the cloud would have refused at deploy time.
      if (e instanceof CronError) throw new HttpError(500, 'INVALID_TRIGGER', e.message)
      throw e
    })
    sendJson(res, 200, result)
    return true
  }
  return false
}
