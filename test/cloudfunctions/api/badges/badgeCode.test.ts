import { badgeSecret, readBadgeCode, signBadgeCode } from '@/cloudfunctions/api/badges/badgeCode'

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
})

describe('the badge secret', () => {
  const saved = { BADGE_SECRET: process.env.BADGE_SECRET, LOCAL_CLOUD: process.env.LOCAL_CLOUD }
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })

  it('uses BADGE_SECRET from the function environment when set', () => {
    process.env.BADGE_SECRET = 'from-the-deploy'
    const code = signBadgeCode('badge-1', 'nonce-abcdef')
    expect(readBadgeCode(code, 'from-the-deploy')).not.toBeNull()
    expect(readBadgeCode(code, 'another-secret')).toBeNull()
  })

  it('outside the local cloud, an unset secret refuses to sign or read any badge', () => {
    delete process.env.BADGE_SECRET
    delete process.env.LOCAL_CLOUD
    expect(() => signBadgeCode('badge-1', 'nonce-abcdef')).toThrow(/BADGE_SECRET/)
    expect(() => readBadgeCode('NXB1.badge-1.nonce-abcdef.' + 'A'.repeat(43))).toThrow(/BADGE_SECRET/)
  })

  it('an empty BADGE_SECRET counts as unset', () => {
    expect(() => badgeSecret({ BADGE_SECRET: '' })).toThrow(/BADGE_SECRET/)
  })

  it('inside the local cloud (LOCAL_CLOUD=1, which CloudBase never sets) an unset secret falls back to the development key', () => {
    delete process.env.BADGE_SECRET
    process.env.LOCAL_CLOUD = '1'
    const code = signBadgeCode('badge-1', 'nonce-abcdef')
    expect(readBadgeCode(code)).toEqual({ badgeId: 'badge-1', nonce: 'nonce-abcdef' })
    expect(readBadgeCode(code, 'from-the-deploy')).toBeNull()
  })
})
