import { z } from 'zod'
import { blockIdField } from './org'
import { text, instant, servicePhone, requestId } from './fields'
import { NOTICE_KINDS, type NoticeKind } from './notices.vocab'
import { STATION_KINDS } from './stations.vocab'

const isoTime = instant()

export const noticeIdInput = z.object({ id: z.string().min(1, '缺少公告编号').max(64) }).strict()
export const listNoticesInput = z.object({}).strict()

export const saveNoticeInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    id: z.string().min(1).max(64).optional(),
    kind: z.enum(NOTICE_KINDS, { error: '请选择公告类型' }),
    title: text({ max: 40, min: 1, required: '请填写标题', tooLong: '标题最多 40 字' }),
    body: text({ max: 2000, min: 1, required: '请填写内容', tooLong: '内容最多 2000 字', multiline: true }),
    /** Absent: from now. */
    startsAt: isoTime.optional(),
    /** Absent: an emergency lasts DEFAULT_EMERGENCY_HOURS, a notice 30 days. */
    expiresAt: isoTime.optional(),
    /** A new notice's block (issue 16): default the staff member's only block. */
    blockId: blockIdField().optional(),
    /** Shown to the whole street, not only the block's people (issue 16); absent on an edit: unchanged. */
    openToStreet: z.boolean().optional(),
  })
  .strict()
export type SaveNoticeInput = z.input<typeof saveNoticeInput>

export interface NoticeView {
  id: string
  kind: NoticeKind
  title: string
  body: string
  startsAt: string
  expiresAt: string
  /** Shown now (started, not expired). */
  active: boolean
  updatedAt: string
}

export interface ActiveNotices {
  /** Emergencies in force, newest first: each tab page shows a banner. */
  emergencies: Array<Pick<NoticeView, 'id' | 'title' | 'expiresAt'>>
}

/** A temporary shelter or courier storage point: a place on the station map. */
export const saveShelterInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    id: z.string().min(1).max(64).optional(),
    kind: z.enum(STATION_KINDS.filter((k) => k !== 'station') as ['shelter', 'storage'], { error: '请选择类型' }),
    name: text({ max: 60, min: 1, required: '请填写名称' }),
    address: text({ max: 120, min: 1, required: '请填写地址' }),
    lat: z.number({ error: '纬度应为数字' }).min(-90).max(90),
    lng: z.number({ error: '经度应为数字' }).min(-180).max(180),
    phone: servicePhone().optional(),
    description: text({ max: 300, multiline: true }).optional(),
  })
  .strict()
export type SaveShelterInput = z.input<typeof saveShelterInput>

export interface NoticesActions {
  'notices.list': { input: typeof listNoticesInput; output: { notices: NoticeView[] } }
  'notices.get': { input: typeof noticeIdInput; output: NoticeView }
  'notices.active': { input: typeof listNoticesInput; output: ActiveNotices }
  'notices.save': { input: typeof saveNoticeInput; output: NoticeView }
  /** Ends a notice now (it stays in the list as expired). */
  'notices.end': { input: typeof noticeIdInput; output: NoticeView }
  'notices.saveShelter': { input: typeof saveShelterInput; output: { id: string } }
  'notices.removeShelter': { input: typeof noticeIdInput; output: { id: string } }
}
