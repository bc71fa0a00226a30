// Badge words the app shows (no zod here).
export const ISSUED_BY = '新华路街道办事处'

export type BadgeVerdict = 'valid' | 'revoked' | 'expired' | 'tampered' | 'unknown'
export const BADGE_VERDICT_LABELS: Record<BadgeVerdict, string> = {
  valid: '工作牌有效',
  revoked: '工作牌已注销，不是有效工作牌',
  expired: '工作牌已过期，不是有效工作牌',
  tampered: '二维码无法验证，不是有效工作牌',
  unknown: '查无此工作牌，不是有效工作牌',
}
