// 驿站管理: staff create, edit, suspend, reopen and archive red rest stations. The contract.
import { z } from 'zod'
import { openingHoursSchema, type StationView } from './stations'
import { AMENITIES, STATION_STATUSES } from './stations.vocab'

const stationId = z.string().min(1, '缺少驿站编号').max(64)

export const listManagedStationsInput = z
  .object({
    /** Absent: active and suspended stations; 'archived' lists the archive. */
    status: z.enum(STATION_STATUSES).optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()
export type ListManagedStationsInput = z.input<typeof listManagedStationsInput>

export const saveStationInput = z
  .object({
    /** Absent: a new station. */
    id: stationId.optional(),
    name: z.string().trim().min(1, '请填写名称').max(40, '名称最多 40 字'),
    address: z.string().trim().min(1, '请填写地址').max(120, '地址最多 120 字'),
    district: z.string().trim().max(20).optional(),
    /** GCJ-02, as WeChat's map picker gives it. */
    lat: z.number({ error: '纬度应为数字' }).min(-90, '纬度应在 -90 到 90 之间').max(90, '纬度应在 -90 到 90 之间'),
    lng: z.number({ error: '经度应为数字' }).min(-180, '经度应在 -180 到 180 之间').max(180, '经度应在 -180 到 180 之间'),
    hours: openingHoursSchema,
    amenities: z.array(z.enum(AMENITIES)).max(AMENITIES.length),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+\-\s()转]{5,30}$/, '电话格式不对')
      .optional(),
    description: z.string().trim().max(500, '说明最多 500 字'),
    /** Cloud storage fileIDs of the station's photos. */
    photos: z.array(z.string().regex(/^cloud:\/\//, '照片应为云存储文件')).max(6, '照片最多 6 张'),
  })
  .strict()
export type SaveStationInput = z.input<typeof saveStationInput>

export const suspendStationInput = z
  .object({
    id: stationId,
    reason: z.string().trim().min(1, '请填写暂停原因').max(40, '暂停原因最多 40 字'),
    /** Shanghai calendar date "YYYY-MM-DD" it is expected to reopen; absent when unknown. */
    expectedReopenOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '预计恢复日期格式应为 YYYY-MM-DD')
      .optional(),
  })
  .strict()
export type SuspendStationInput = z.input<typeof suspendStationInput>

export const stationIdInput = z.object({ id: stationId }).strict()
export type StationIdInput = z.input<typeof stationIdInput>

export interface ManagedStationList {
  stations: StationView[]
  /** More stations after these (ask again with `offset`). */
  hasMore: boolean
}

export interface StationsManageActions {
  'stations.listManaged': { input: typeof listManagedStationsInput; output: ManagedStationList }
  'stations.save': { input: typeof saveStationInput; output: StationView }
  'stations.suspend': { input: typeof suspendStationInput; output: StationView }
  'stations.reopen': { input: typeof stationIdInput; output: StationView }
  'stations.archive': { input: typeof stationIdInput; output: StationView }
}
