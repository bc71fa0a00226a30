import { z } from 'zod'

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
    id: z.string().min(1).max(64).optional(),
    name: z.string().trim().min(1, '请填写名称').max(60),
    address: z.string().trim().min(1, '请填写地址').max(120),
    lat: z.number({ error: '纬度应为数字' }).min(-90).max(90),
    lng: z.number({ error: '经度应为数字' }).min(-180).max(180),
    hours: z.string().trim().min(1, '请填写开放时间').max(60),
    /** The position's public service number. */
    phone: z.string().trim().regex(/^[0-9+\-\s]{5,20}$/, '电话格式不对').optional(),
    featured: z.array(z.string().trim().min(1).max(60)).max(8, '特色活动最多 8 项'),
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
  'positions.nearby': { input: z.input<typeof nearbyPositionsInput>; output: { positions: PositionView[] } }
  'positions.save': { input: SavePositionInput; output: PositionView }
  'positions.remove': { input: z.input<typeof positionIdInput>; output: { id: string } }
}
