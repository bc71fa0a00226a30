import { createHmac, timingSafeEqual } from 'node:crypto'
import { badgeSecret } from '../badges/badgeCode'

// A 时长证明's QR holds `NXH1.<certificateId>.<nonce>.<HMAC-SHA256>`: the badge mechanism (badges/badgeCode.ts) with
// its own prefix, keyed by the same BADGE_SECRET, so one secret is set and rotated. No name or hours in the code:
// copying fields forges nothing, and verification reads the stored certificate.
const PREFIX = 'NXH1'
const CODE_PATTERN = /^NXH1\.([A-Za-z0-9-]{1,64})\.([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]{43})$/

const signature = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url')

export function signCertificateCode(certificateId: string, nonce: string, secret = badgeSecret()): string {
  const payload = `${PREFIX}.${certificateId}.${nonce}`
  return `${payload}.${signature(payload, secret)}`
}

/** The certificate id and nonce of a genuine code, or null for anything not signed with our secret. */
export function readCertificateCode(code: string, secret = badgeSecret()): { certificateId: string; nonce: string } | null {
  const match = CODE_PATTERN.exec(code.trim())
  if (!match) return null
  const [, certificateId, nonce, given] = match
  const expected = Buffer.from(signature(`${PREFIX}.${certificateId}.${nonce}`, secret))
  const actual = Buffer.from(given)
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  return { certificateId, nonce }
}
