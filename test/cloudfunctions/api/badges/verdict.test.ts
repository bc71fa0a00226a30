import type { BadgeDoc } from '@/cloudfunctions/api/badges/badgeDoc'
import { verdictFor } from '@/cloudfunctions/api/badges/badgeVerdict'

const NOW = new Date('2026-11-27T10:00:00+08:00')
const badge = (over: Partial<BadgeDoc> = {}) =>
  ({ nonce: 'n-12345678', status: 'active', validUntil: new Date('2027-01-01T00:00:00+08:00'), ...over }) as BadgeDoc

describe('what a genuinely signed code means', () => {
  it.each([
    ['valid', badge(), 'n-12345678'],
    ['revoked', badge({ status: 'revoked' }), 'n-12345678'],
    ['revoked', badge(), 'n-older-nonce'],
    ['expired', badge({ validUntil: NOW }), 'n-12345678'],
    ['unknown', null, 'n-12345678'],
  ])('%s', (verdict, doc, nonce) => {
    expect(verdictFor(doc, nonce, NOW)).toBe(verdict)
  })
})
