import { z } from 'zod'
import { gridIdField } from './org'
import { text, day as calendarDay, requestId } from './fields'
import { NEED_CATEGORIES } from './needs.vocab'
import { type Grid, type ShopTag } from './shops.vocab'
import { PARTY_MEMBERSHIP_PLACES } from './visits.vocab'

const day = calendarDay()

/** 服务三问. Party membership is personal data: stored apart, shown to staff only, exported only as totals. */
export const serviceAnswersSchema = z
  .object({
    partyMembers: z.enum(PARTY_MEMBERSHIP_PLACES, { error: '请回答党员一问' }),
    partyMemberCount: z.number().int().min(0).max(200).optional(),
    childcareNeeded: z.boolean({ error: '请回答子女照看一问' }),
    childcareNote: text({ max: 200, multiline: true }).optional(),
    difficulties: text({ max: 300, tooLong: '困难最多 300 字', multiline: true }).optional(),
  })
  .strict()
export type ServiceAnswers = z.infer<typeof serviceAnswersSchema>

export const logVisitInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    shopId: z.string().min(1).max(64),
    /** Shanghai calendar day of the visit; default today. */
    date: day.optional(),
    answers: serviceAnswersSchema,
    notes: text({ max: 500, tooLong: '记录最多 500 字', multiline: true }).optional(),
    photos: z.array(z.string().min(1).max(300)).max(6, '最多 6 张照片').optional(),
    /** A finding turned into a need at once, with the shop filled in. */
    raiseNeed: z
      .object({ category: z.enum(NEED_CATEGORIES), description: text({ max: 500, min: 4, required: '请至少用 4 个字描述问题', multiline: true }) })
      .strict()
      .optional(),
  })
  .strict()

export const listVisitsInput = z
  .object({
    shopId: z.string().min(1).max(64).optional(),
    grid: gridIdField().optional(),
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict()

/** 商户走访: the shops of one grid, the longest since their last visit first. */
export const dueVisitsInput = z.object({ grid: gridIdField() }).strict()

export interface DueVisitShop {
  id: string
  name: string
  address: string
  tags: ShopTag[]
  lastVisitAt: string | null
  /** Whole Shanghai days since the last visit; null: never visited. */
  daysSinceVisit: number | null
}

export interface VisitView {
  id: string
  shopId: string
  shopName: string
  grid: Grid
  date: string
  notes: string | null
  photos: string[]
  answers: ServiceAnswers | null
  needId: string | null
  /** The caller logged it (no names of colleagues: no rankings). */
  byMe: boolean
}

export interface VisitsActions {
  'visits.log': { input: typeof logVisitInput; output: { visit: VisitView; needId: string | null } }
  'visits.list': { input: typeof listVisitsInput; output: { visits: VisitView[] } }
  'visits.due': { input: typeof dueVisitsInput; output: { shops: DueVisitShop[] } }
}
