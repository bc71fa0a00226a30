import type { BadgeVerdict } from '@/types/badges.vocab'
import type { BadgeDoc } from './badgeDoc'

/** What the database says of a genuinely signed code: a signature alone never makes a badge valid. */
export function verdictFor(doc: Pick<BadgeDoc, 'status' | 'nonce' | 'validUntil'> | null, nonce: string, now: Date): BadgeVerdict {
  if (!doc) return 'unknown'
  if (doc.status === 'revoked' || doc.nonce !== nonce) return 'revoked'
  if (new Date(doc.validUntil).getTime() <= now.getTime()) return 'expired'
  return 'valid'
}
