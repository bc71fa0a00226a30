import { z } from 'zod'
import { text, servicePhone, requestId } from './fields'
import { MAX_SEARCH_LENGTH, RESOURCE_KINDS, type ResourceKind } from './resources.vocab'

const resourceId = z.string().min(1, '缺少条目编号').max(64)

export const listResourcesInput = z.object({ category: z.enum(RESOURCE_KINDS).optional() }).strict()
export const searchResourcesInput = z
  .object({ query: text({ max: MAX_SEARCH_LENGTH, min: 1, required: '请输入要搜索的内容', tooLong: `搜索词最多 ${MAX_SEARCH_LENGTH} 个字` }) })
  .strict()
export const resourceIdInput = z.object({ id: resourceId }).strict()
export const favouriteInput = z.object({ id: resourceId, favourite: z.boolean({ error: 'favourite 应为 true 或 false' }) }).strict()
export const noInput = z.object({}).strict()

const optionalText = (max: number) => text({ max: max }).optional()

export const saveResourceInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    /** Absent: a new entry. */
    id: resourceId.optional(),
    category: z.enum(RESOURCE_KINDS, { error: '请选择分类' }),
    title: text({ max: 60, min: 1, required: '请填写标题', tooLong: '标题最多 60 字' }),
    summary: text({ max: 300, min: 1, required: '请写明能帮什么', tooLong: '说明最多 300 字', multiline: true }),
    contactName: optionalText(40),
    /** A public service number of an organisation (never a person's own phone). */
    phone: servicePhone().optional(),
    address: optionalText(120),
    hours: optionalText(60),
    link: z.string().trim().url('链接应以 http(s):// 开头').max(300).optional(),
    /** The 行动工具包's step-by-step guide. */
    steps: z
      .array(text({ max: 200, min: 1, multiline: true }))
      .max(12, '最多 12 步')
      .optional(),
  })
  .strict()
export type SaveResourceInput = z.input<typeof saveResourceInput>

export interface ResourceView {
  id: string
  category: ResourceKind
  title: string
  summary: string
  contactName: string | null
  phone: string | null
  address: string | null
  hours: string | null
  link: string | null
  steps: string[]
  /** ISO time of the last staff edit. */
  updatedAt: string
}

export interface ResourceDetail extends ResourceView {
  favourite: boolean
}

export interface ResourcesActions {
  'resources.list': { input: typeof listResourcesInput; output: { items: ResourceView[] } }
  'resources.search': { input: typeof searchResourcesInput; output: { items: ResourceView[] } }
  'resources.get': { input: typeof resourceIdInput; output: ResourceDetail }
  'resources.setFavourite': { input: typeof favouriteInput; output: { id: string; favourite: boolean } }
  'resources.favourites': { input: typeof noInput; output: { items: ResourceView[] } }
  'resources.save': { input: typeof saveResourceInput; output: ResourceView }
  'resources.remove': { input: typeof resourceIdInput; output: { id: string } }
}
