import { z } from 'zod'
import { gridIdField } from './org'
import { text, instant, requestId } from './fields'
import { type Grid } from './shops.vocab'
import type { BadgeVerdict } from './badges.vocab'

export const noBadgeInput = z.object({}).strict()
export const badgeIdInput = z.object({ id: z.string().min(1, '缺少工作牌编号').max(64) }).strict()
export const verifyBadgeInput = z.object({ code: text({ max: 300, min: 1, required: '请扫描或粘贴工作牌二维码', tooLong: '二维码内容过长' }) }).strict()

export const issueBadgeInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    /** The staff member's openid (from their 我的 page). */
    openid: z.string().min(1, '请填写持牌人').max(64),
    name: text({ max: 20, min: 1, required: '请填写姓名' }),
    title: text({ max: 30, min: 1, required: '请填写职务' }),
    grid: gridIdField(),
    /** Cloud storage fileID of the photo (uploadPhoto). */
    photoFileId: z.string().min(1).max(300).optional(),
    validUntil: instant(),
  })
  .strict()
export type IssueBadgeInput = z.input<typeof issueBadgeInput>

/** What anyone may see on a badge: no phone, no openid. */
export interface BadgePublicView {
  name: string
  title: string
  grid: Grid
  issuedBy: string
  photoUrl: string | null
  issuedAt: string
  validUntil: string
}

export interface BadgeView extends BadgePublicView {
  id: string
  holderOpenid: string
  status: 'active' | 'revoked'
}

export interface MyBadge extends BadgeView {
  /** The signed QR content to render. */
  code: string
}

export interface BadgeVerification {
  verdict: BadgeVerdict
  valid: boolean
  /** The badge as issued, when the code names a real one (so a scanner sees whose revoked badge it is). */
  badge: BadgePublicView | null
}

export interface BadgesActions {
  'badges.mine': { input: typeof noBadgeInput; output: { badge: MyBadge | null } }
  'badges.verify': { input: typeof verifyBadgeInput; output: BadgeVerification }
  'badges.list': { input: typeof noBadgeInput; output: { badges: BadgeView[] } }
  'badges.issue': { input: typeof issueBadgeInput; output: MyBadge }
  'badges.revoke': { input: typeof badgeIdInput; output: BadgeView }
}
