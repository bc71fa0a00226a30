// Badges of the demo staff (the signed QR code is made when the badge is shown, from the nonce).
import type { BadgeDoc } from '../cloudfunctions/api/badges/badgeDoc'
import { ISSUED_BY } from '../types/badges.vocab'

const YEAR = 365 * 24 * 60 * 60 * 1000

export function demoBadges(now: Date): BadgeDoc[] {
  const common = {
    photoFileId: null,
    issuedBy: ISSUED_BY,
    issuedByOpenid: 'demo-admin',
    status: 'active' as const,
    issuedAt: now,
    validUntil: new Date(now.getTime() + YEAR),
    revokedAt: null,
  }
  return [
    { _id: 'badge-demo-staff', holderOpenid: 'demo-staff', name: '王晓梅', title: '第一网格网格员', grid: 'grid-1', nonce: 'demo-staff-nonce-1', ...common },
    { _id: 'badge-demo-admin', holderOpenid: 'demo-admin', name: '陈建国', title: '街区党支部书记', grid: 'grid-2', nonce: 'demo-admin-nonce-1', ...common },
  ]
}
