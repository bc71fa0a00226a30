import { createHmac, timingSafeEqual } from 'node:crypto'

// The QR content is `NXB1.<badgeId>.<nonce>.<signature>`: no name or title in it, so copying fields forges
// nothing, and the HMAC (keyed by BADGE_SECRET, set in the function's environment variables in production)
// stops anyone minting codes for guessed ids. The database still decides: revoked or expired is not valid.
const PREFIX = 'NXB1'
/** Only for the local cloud and tests; a deployment sets BADGE_SECRET (see README). */
const LOCAL_DEFAULT_SECRET = 'nuanxin-local-badge-secret-not-for-production'
const CODE_PATTERN = /^NXB1\.([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]{43})$/

export function badgeSecret(): string {
  return process.env.BADGE_SECRET || LOCAL_DEFAULT_SECRET
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
