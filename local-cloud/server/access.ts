/**
 * Who may talk to the local cloud. Every request must name the bound address in `Host` (a foreign
 * name means DNS rebinding) and, when it carries an `Origin`, come from the local cloud's own origin
 * (the served h5 app); a web page elsewhere gets 403. The service endpoints (`/admin`, the clock,
 * outbox, content check, timers) also need the per-start secret, which only the local cloud's own
 * parts know: its function workers get it in the SDK's URL (`TCB_CONTEXT_CNFG`), tools and tests
 * get it printed at start or from `startLocalCloud()`.
 */
import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { networkInterfaces, hostname } from 'node:os'
import { HttpError } from './httpErrors'

/** The header a tool sends the secret in; the SDK inside the functions sends it as this query parameter. */
export const SECRET_HEADER = 'x-local-cloud-secret'
export const SECRET_PARAM = 'localCloudSecret'

export interface AccessPolicy {
  secret: string
  /** `host:port` values `Host` may hold, lower case. */
  allowedHosts: ReadonlySet<string>
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']
const ALL_INTERFACES = ['0.0.0.0', '::', '']

/** True for addresses only this machine can reach. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)

/** The names a client on this machine (loopback) or, when bound beyond it, on the network may use. */
export function allowedHostsFor(boundHost: string, port: number): Set<string> {
  const names = new Set(LOOPBACK_NAMES)
  if (ALL_INTERFACES.includes(boundHost)) {
    for (const addrs of Object.values(networkInterfaces())) {
      for (const a of addrs ?? []) names.add(a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address)
    }
    names.add(hostname().toLowerCase())
  } else {
    names.add(boundHost.includes(':') ? `[${boundHost}]` : boundHost.toLowerCase())
  }
  return new Set([...names].map((n) => `${n}:${port}`))
}

/** Paths any same-origin client may use without the secret: the h5 app's own calls and public files. */
function isAppEndpoint(method: string, pathname: string): boolean {
  if (pathname.startsWith('/fn/') || pathname === '/_local/subscriptions' || pathname === '/_local/health') return true
  if (pathname.startsWith('/_local/storage/')) return true // downloads (temp URLs), the token upload, upload-from-client
  if (pathname === '/admin' || pathname.startsWith('/_local/')) return false
  return method === 'GET' || method === 'HEAD' // the h5 build
}

/** Throws a 403 HttpError when the request may not be served. */
export function checkAccess(policy: AccessPolicy, req: IncomingMessage, url: URL): void {
  const host = (req.headers.host ?? '').toLowerCase()
  if (!policy.allowedHosts.has(host)) {
    throw new HttpError(403, 'FORBIDDEN_HOST', `Host "${host}" is not an address of this local cloud`)
  }
  const origin = req.headers.origin
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    throw new HttpError(403, 'FORBIDDEN_ORIGIN', `requests from ${origin} are not allowed: only the app served here may call`)
  }
  if (!isAppEndpoint(req.method ?? 'GET', url.pathname) && !hasSecret(policy, req, url)) {
    throw new HttpError(403, 'FORBIDDEN', `${url.pathname} is for the local cloud's own parts: send the secret printed at start in the ${SECRET_HEADER} header`)
  }
}

export function hasSecret(policy: AccessPolicy, req: IncomingMessage, url: URL): boolean {
  const header = req.headers[SECRET_HEADER]
  const given = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get(SECRET_PARAM) ?? ''
  const a = Buffer.from(given)
  const b = Buffer.from(policy.secret)
  return a.length === b.length && timingSafeEqual(a, b)
}
