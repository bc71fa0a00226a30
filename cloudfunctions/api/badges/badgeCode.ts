import { createHmac, timingSafeEqual } from 'node:crypto'

// The QR content is `NXB1.<badgeId>.<nonce>.<signature>`: no name or title in it, so copying fields forges
// nothing, and the HMAC (keyed by BADGE_SECRET, set in the function's environment variables in production)
// stops anyone minting codes for guessed ids. The database still decides: revoked or expired is not valid.
const PREFIX = 'NXB1'
/** Only inside the local cloud; a deployment sets BADGE_SECRET (`npm run deploy` refuses without it, see README). */
const LOCAL_DEFAULT_SECRET = 'nuanxin-local-badge-secret-not-for-production'
const CODE_PATTERN = /^NXB1\.([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]{43})$/

/**
 * The HMAC key: the function's BADGE_SECRET environment variable (CloudBase `envVariables`, set by `npm run deploy`).
 * Without it only the local cloud (which sets LOCAL_CLOUD=1 in its workers, CloudBase never does) falls back to a
 * fixed development key; anywhere else an unset secret throws, so no badge is ever signed with a key anyone can read
 * in this repository. The throw reaches the router as an unexpected error: INTERNAL, detail logged.
 */
export function badgeSecret(env: Record<string, string | undefined> = process.env): string {
  if (env.BADGE_SECRET) return env.BADGE_SECRET
  if (env.LOCAL_CLOUD === '1') return LOCAL_DEFAULT_SECRET
  throw new Error("BADGE_SECRET is not set in this function's environment variables: badges cannot be signed or read")
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url')
}

export function signBadgeCode(badgeId: string, nonce: string, secret = badgeSecret()): string {
  const payload = `${PREFIX}.${badgeId}.${nonce}`
  return `${payload}.${signature(payload, secret)}`
}

/** The badge id and nonce of a genuine code, or null for anything not signed with our secret. */
export function readBadgeCode(code: string, secret = badgeSecret()): { badgeId: string; nonce: string } | null {
  const match = CODE_PATTERN.exec(code.trim())
  if (!match) return null
  const [, badgeId, nonce, given] = match
  const expected = Buffer.from(signature(`${PREFIX}.${badgeId}.${nonce}`, secret))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  return { badgeId, nonce }
}
