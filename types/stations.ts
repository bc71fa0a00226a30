import { z } from 'zod'
import {
  AMENITIES,
  MAKE_UP_WORKDAY_RULES,
  MAX_LIMIT,
  MAX_RADIUS_KM,
  PUBLIC_HOLIDAY_RULES,
  STATION_KINDS,
  type Amenity,
  type StationKind,
  type StationStatus,
} from './stations.vocab'

/** Shanghai wall-clock "HH:mm"; "24:00" allowed as a closing time. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, '时间格式应为 HH:mm')

export const openingPeriodSchema = z
  .object({
    /** 0 = Sunday … 6 = Saturday: the day the period opens. */
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    open: clockTime,
    /** Earlier than `open` means the period runs past midnight. */
    close: clockTime,
  })
  .strict()

export const openingHoursSchema = z
  .object({
    always: z.boolean().optional(),
    periods: z.array(openingPeriodSchema).max(14),
    /**
     * On a statutory public holiday (法定节假日, China's official calendar): 'usual' keeps the day's own hours
     * (the default), 'closed' shuts all day, 'weekend' keeps Sunday's hours.
     */
    onPublicHoliday: z.enum(PUBLIC_HOLIDAY_RULES).optional(),
    /** On a make-up working day (调休上班, a Saturday or Sunday): 'usual' (default) or 'weekday' (Monday's hours). */
    onMakeUpWorkday: z.enum(MAKE_UP_WORKDAY_RULES).optional(),
  })
  .strict()

export type OpeningPeriod = z.infer<typeof openingPeriodSchema>
export type OpeningHours = z.infer<typeof openingHoursSchema>

const latitude = z.number({ error: '纬度应为数字' }).min(-90, '纬度应在 -90 到 90 之间').max(90, '纬度应在 -90 到 90 之间')
const longitude = z.number({ error: '经度应为数字' }).min(-180, '经度应在 -180 到 180 之间').max(180, '经度应在 -180 到 180 之间')

export const nearbyInput = z
  .object({
    lat: latitude,
    lng: longitude,
    radiusKm: z.number().positive('半径应大于 0').max(MAX_RADIUS_KM, `半径最多 ${MAX_RADIUS_KM} 公里`).optional(),
    openNow: z.boolean().optional(),
    amenities: z.array(z.enum(AMENITIES)).max(AMENITIES.length).optional(),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
    /** Which places to list. Absent: stations, plus shelters and storage points while an emergency is in force. */
    kinds: z.array(z.enum(STATION_KINDS)).min(1).max(STATION_KINDS.length).optional(),
  })
  .strict()
export type NearbyInput = z.input<typeof nearbyInput>

export const getStationInput = z.object({ id: z.string().min(1).max(64) }).strict()
export type GetStationInput = z.input<typeof getStationInput>

/** A station as the app sees it. */
export interface StationView {
  id: string
  /** 'station' unless it is a temporary shelter or courier storage point. */
  kind: StationKind
  name: string
  address: string
  /** 区, when known (imports give it). */
  district?: string
  lat: number
  lng: number
  phone: string | null
  hours: OpeningHours
  /** Human-readable hours, e.g. "24 小时" or "每天 08:00–20:00". */
  hoursText: string
  amenities: Amenity[]
  description: string
  openNow: boolean
  /** ISO time of the next opening when closed, null when open or never opening. */
  nextOpeningAt: string | null
  /** ISO time the current period ends when open (null when always open or closed). */
  closesAt: string | null
  /** Metres from the asked position (only from `stations.nearby`). */
  distanceM?: number
  /** 'suspended': closed for a while by staff (see `closure`); archived stations are never listed to riders. */
  status: StationStatus
  /** While suspended: why, and when it is expected to reopen (ISO, or null when unknown). */
  closure: { reason: string; expectedReopenAt: string | null } | null
  /** Open now and closing within 30 minutes (即将打烊). */
  closingSoon: boolean
  /** Photos as cloud fileIDs. */
  photos: string[]
}

export interface NearbyResult {
  stations: StationView[]
  /** The position used for sorting, echoed back so the app can say which it was. */
  centre: { lat: number; lng: number }
  radiusKm: number
  /** True when the list holds shelters or storage points because an emergency is in force (the app can say why). */
  emergency?: boolean
}

export interface StationsActions {
  'stations.nearby': { input: typeof nearbyInput; output: NearbyResult }
  'stations.get': { input: typeof getStationInput; output: StationView }
}
