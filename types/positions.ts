import { z } from 'zod'
import { blockIdField } from './org'
import { text, servicePhone, requestId } from './fields'

export const nearbyPositionsInput = z
  .object({
    lat: z.number({ error: '纬度应为数字' }).min(-90).max(90),
    lng: z.number({ error: '经度应为数字' }).min(-180).max(180),
    limit: z.number().int().min(1).max(50).optional(),
  })
  .strict()
export const positionIdInput = z.object({ id: z.string().min(1, '缺少阵地编号').max(64) }).strict()

export const savePositionInput = z
  .object({
    /** Made once per form by the app: a repeat answers the first result (types/fields.ts). */
    requestId,
    id: z.string().min(1).max(64).optional(),
    name: text({ max: 60, min: 1, required: '请填写名称' }),
    address: text({ max: 120, min: 1, required: '请填写地址' }),
    lat: z.number({ error: '纬度应为数字' }).min(-90).max(90),
    lng: z.number({ error: '经度应为数字' }).min(-180).max(180),
    hours: text({ max: 60, min: 1, required: '请填写开放时间' }),
    /** The position's public service number. */
    phone: servicePhone().optional(),
    featured: z.array(text({ max: 60, min: 1 })).max(8, '特色活动最多 8 项'),
    /** A new position's block (issue 16): default the staff member's only block, else the block at its place. */
    blockId: blockIdField().optional(),
  })
  .strict()
export type SavePositionInput = z.input<typeof savePositionInput>

/** A party-mass service position (党群阵地) as the contact card shows it. */
export interface PositionView {
  id: string
  name: string
  address: string
  lat: number
  lng: number
  hours: string
  phone: string | null
  featured: string[]
  distanceM?: number
  updatedAt: string
}

export interface PositionsActions {
  'positions.nearby': { input: typeof nearbyPositionsInput; output: { positions: PositionView[] } }
  'positions.save': { input: typeof savePositionInput; output: PositionView }
  'positions.remove': { input: typeof positionIdInput; output: { id: string } }
}
