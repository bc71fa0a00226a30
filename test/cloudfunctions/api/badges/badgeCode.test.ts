import { readBadgeCode, signBadgeCode } from '../../../../cloudfunctions/api/badges/badgeCode'

describe('badge codes', () => {
  it('a signed code reads back to its badge and nonce', () => {
    expect(readBadgeCode(signBadgeCode('badge-1', 'nonce-abcdef', 's1'), 's1')).toEqual({ badgeId: 'badge-1', nonce: 'nonce-abcdef' })
  })

  it('another secret, another id or a changed character is refused', () => {
    const code = signBadgeCode('badge-1', 'nonce-abcdef', 's1')
    expect(readBadgeCode(code, 's2')).toBeNull()
    expect(readBadgeCode(code.replace('badge-1', 'badge-2'), 's1')).toBeNull()
    const last = code.slice(-1) === 'A' ? 'B' : 'A'
    expect(readBadgeCode(code.slice(0, -1) + last, 's1')).toBeNull()
    expect(readBadgeCode('NXB1.badge-1.nonce-abcdef', 's1')).toBeNull()
    expect(readBadgeCode('', 's1')).toBeNull()
  })

  it('uses BADGE_SECRET from the environment when set', () => {
    const code = signBadgeCode('badge-1', 'nonce-abcdef')
    process.env.BADGE_SECRET = 'from-the-console'
    try {
      expect(readBadgeCode(code)).toBeNull()
      expect(readBadgeCode(signBadgeCode('badge-1', 'nonce-abcdef'))).not.toBeNull()
    } finally {
      delete process.env.BADGE_SECRET
    }
  })
})
