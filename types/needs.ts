import { z } from 'zod'
import { text, requestId } from './fields'
import { MAX_NEED_PHOTOS, NEED_CATEGORIES, NEED_STATUSES, type NeedCategory, type NeedLevel, type NeedStatus, type NeedStep } from './needs.vocab'

const id = z.string().min(1).max(64)
const fileId = z.string().min(1, '照片无效').max(300)
export const needLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], { error: '哨级应为 1、2 或 3' })

export const submitNeedInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    category: z.enum(NEED_CATEGORIES, { error: '请选择诉求类别' }),
    description: text({ max: 500, min: 4, required: '请至少用 4 个字描述问题', tooLong: '描述最多 500 字', error: '请描述问题', multiline: true }),
    photos: z.array(fileId).max(MAX_NEED_PHOTOS, `最多 ${MAX_NEED_PHOTOS} 张照片`).optional(),
    place: text({ max: 100, tooLong: '地点最多 100 字' }).optional(),
    /** "报告问题" on a station's page. */
    stationId: id.optional(),
    /** A shop's need (its manager, or staff after a visit). */
    shopId: id.optional(),
  })
  .strict()

export const needIdInput = z.object({ needId: id }).strict()
const message = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(2, `请填写${what}`)
    .max(500, `${what}最多 500 字`)

export const replyNeedInput = z.object({ needId: id, message: message('答复') }).strict()
export const resolveNeedInput = z.object({ needId: id, message: message('办结答复') }).strict()
export const escalateNeedInput = z.object({ needId: id, reason: message('升级原因') }).strict()
export const assignNeedInput = z.object({ needId: id, assigneeOpenid: id, note: text({ max: 200, multiline: true }).optional() }).strict()
export const rateNeedInput = z
  .object({
    needId: id,
    stars: z.number({ error: '请打分' }).int('请打 1–5 分').min(1, '请打 1–5 分').max(5, '请打 1–5 分'),
    comment: text({ max: 200, tooLong: '评价最多 200 字', multiline: true }).optional(),
  })
  .strict()

export const inboxInput = z
  .object({
    level: needLevelSchema.optional(),
    status: z.enum(NEED_STATUSES).optional(),
    /** Only what is handed to me. */
    mine: z.boolean().optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict()
export const myNeedsInput = z.object({}).strict()

/** One step of a need's history, as the app shows it. */
export interface NeedStepView {
  step: NeedStep
  at: string
  /** Who acted, in words ("提交人", "网格员", "系统"). */
  actor: string
  note: string | null
  fromLevel?: NeedLevel
  toLevel?: NeedLevel
  automatic?: boolean
}

export interface NeedSummary {
  id: string
  category: NeedCategory
  description: string
  level: NeedLevel
  status: NeedStatus
  createdAt: string
  /** When the current level's time limit runs out (null: none). */
  deadline: string | null
  shopName: string | null
  stationName: string | null
  mineToHandle?: boolean
}

export interface NeedView extends NeedSummary {
  photos: string[]
  place: string | null
  shopId: string | null
  stationId: string | null
  resolvedAt: string | null
  rating: { stars: number; comment: string | null } | null
  history: NeedStepView[]
  /** Only for staff. */
  assigneeOpenid?: string | null
  /** What the caller may do now. */
  canRate: boolean
  /** Staff viewers: whether their role may act at the need's level (level 3 only the street office). */
  canHandle?: boolean
}

export interface NeedsActions {
  'needs.submit': { input: typeof submitNeedInput; output: NeedView }
  'needs.mine': { input: typeof myNeedsInput; output: { needs: NeedSummary[] } }
  'needs.get': { input: typeof needIdInput; output: NeedView }
  'needs.rate': { input: typeof rateNeedInput; output: NeedView }
  'needs.inbox': { input: typeof inboxInput; output: { needs: NeedSummary[] } }
  'needs.accept': { input: typeof needIdInput; output: NeedView }
  'needs.reply': { input: typeof replyNeedInput; output: NeedView }
  'needs.assign': { input: typeof assignNeedInput; output: NeedView }
  'needs.escalate': { input: typeof escalateNeedInput; output: NeedView }
  'needs.resolve': { input: typeof resolveNeedInput; output: NeedView }
}
