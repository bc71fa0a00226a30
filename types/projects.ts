import { z } from 'zod'
import { blockIdField } from './org'
import { text, day as calendarDay, requestId } from './fields'
import { BENEFICIARIES, CLAIM_STATUSES, type Beneficiary, type ClaimStatus } from './projects.vocab'
import type { ShopView } from './shops'

const id = z.string().min(1, '缺少编号').max(80)
const day = calendarDay()
const requiredText = (label: string, max: number) => text({ max, min: 1, required: `请填写${label}`, tooLong: `${label}最多 ${max} 字` })

export const noInput = z.object({}).strict()
export const projectIdInput = z.object({ id }).strict()
export const claimIdInput = z.object({ claimId: id }).strict()

export const projectFieldsSchema = z
  .object({
    name: requiredText('项目名称', 30),
    summary: requiredText('项目介绍', 300),
    beneficiary: z.enum(BENEFICIARIES, { error: '请选择受益人群' }),
    quota: z.number({ error: '名额应为数字' }).int('名额应为整数').min(1, '名额至少 1 家').max(500, '名额最多 500 家'),
    startsOn: day,
    endsOn: day,
  })
  .strict()
  .refine((p) => p.startsOn <= p.endsOn, { message: '结束日期不能早于开始日期', path: ['endsOn'] })

/** Staff create (no id) or edit (id) a project. */
export const saveProjectInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    id: id.optional(),
    fields: projectFieldsSchema,
    /** A new project's block (issue 16): default the staff member's only block. */
    blockId: blockIdField().optional(),
  })
  .strict()

export const claimInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    projectId: id,
    shopId: id,
    commitment: requiredText('承诺内容', 200),
  })
  .strict()

export const reviewInput = z
  .object({
    claimId: id,
    decision: z.enum(['approve', 'reject', 'complete'], { error: '请选择审核结果' }),
    reason: text({ max: 200, tooLong: '理由最多 200 字', multiline: true }).optional(),
  })
  .strict()
  .refine((r) => r.decision !== 'reject' || !!r.reason, { message: '驳回时请写明理由', path: ['reason'] })

export const fulfilInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    claimId: id,
    date: day,
    given: requiredText('履约内容', 200),
    photoFileId: z.string().min(1).max(300).optional(),
  })
  .strict()

export const intentInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    shopId: id,
    projectIds: z.array(id).max(20).optional(),
    note: text({ max: 300, tooLong: '留言最多 300 字', multiline: true }).optional(),
  })
  .strict()

export const reviewQueueInput = z.object({ status: z.enum(CLAIM_STATUSES).optional() }).strict()

const latitude = z.number({ error: '纬度应为数字' }).min(-90).max(90)
const longitude = z.number({ error: '经度应为数字' }).min(-180).max(180)
export const perksNearInput = z.object({ lat: latitude, lng: longitude, radiusM: z.number().positive().max(5000, '半径最多 5000 米').optional() }).strict()

export interface ProjectView {
  id: string
  name: string
  summary: string
  beneficiary: Beneficiary
  quota: number
  /** Claims holding a place (approved, active, completed). */
  approvedCount: number
  /** Live claims (pending, approved, active) — "how many have claimed". */
  claimedCount: number
  startsOn: string
  endsOn: string
}

export interface ClaimView {
  id: string
  projectId: string
  projectName: string
  shopId: string
  shopName: string
  commitment: string
  status: ClaimStatus
  rejectReason: string | null
  createdAt: string
  updatedAt: string
  fulfilmentCount: number
}

export interface FulfilmentView {
  id: string
  claimId: string
  date: string
  given: string
  photoUrl: string | null
  createdAt: string
}

/** A shop on the 好店家 wall: where it is and what it offers. */
export interface WallShop {
  shop: ShopView
  perks: Array<{ projectId: string; projectName: string; commitment: string }>
  distanceM?: number
}

export interface IntentView {
  id: string
  shopId: string
  shopName: string
  projectIds: string[]
  note: string
  updatedAt: string
}

export interface ProjectsActions {
  'projects.list': { input: typeof noInput; output: { projects: ProjectView[] } }
  'projects.get': { input: typeof projectIdInput; output: { project: ProjectView; shops: WallShop[] } }
  'projects.save': { input: typeof saveProjectInput; output: ProjectView }
  'projects.claim': { input: typeof claimInput; output: ClaimView }
  'projects.withdraw': { input: typeof claimIdInput; output: ClaimView }
  'projects.mine': { input: typeof noInput; output: { shops: ShopView[]; claims: ClaimView[] } }
  'projects.fulfil': { input: typeof fulfilInput; output: FulfilmentView }
  'projects.fulfilments': { input: typeof claimIdInput; output: { claim: ClaimView; fulfilments: FulfilmentView[] } }
  'projects.review': { input: typeof reviewInput; output: ClaimView }
  'projects.reviewQueue': { input: typeof reviewQueueInput; output: { claims: ClaimView[] } }
  'projects.intent': { input: typeof intentInput; output: IntentView }
  'projects.intents': { input: typeof noInput; output: { intents: IntentView[] } }
  'projects.wall': { input: typeof noInput; output: { shops: WallShop[] } }
  'projects.perksNear': { input: typeof perksNearInput; output: { shops: WallShop[] } }
}
