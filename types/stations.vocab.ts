// Station words the app shows (no zod here, so the mini-program bundle stays small).
export const AMENITIES = ['aircon', 'fridge', 'microwave', 'water', 'charging', 'seating', 'toilet', 'firstaid', 'umbrella', 'reading', 'wifi'] as const
export type Amenity = (typeof AMENITIES)[number]

/** The "6+X" kit of DOMAIN.md, in Chinese, with a one-character icon for lists. */
export const AMENITY_LABELS: Record<Amenity, { label: string; icon: string }> = {
  aircon: { label: '空调', icon: '❄' },
  fridge: { label: '冰箱', icon: '🧊' },
  microwave: { label: '微波炉', icon: '♨' },
  water: { label: '饮水', icon: '💧' },
  charging: { label: '充电', icon: '🔌' },
  seating: { label: '桌椅', icon: '🪑' },
  toilet: { label: '卫生间', icon: '🚻' },
  firstaid: { label: '急救箱', icon: '⛑' },
  umbrella: { label: '借伞', icon: '☂' },
  reading: { label: '阅读', icon: '📖' },
  wifi: { label: 'Wi-Fi', icon: '📶' },
}

/** Where the block is: 长宁区 新华路 (used when the rider's position is unknown). */
export const BLOCK_CENTRE = { lat: 31.2046, lng: 121.4247, name: '新华路街区中心' } as const

export const DEFAULT_RADIUS_KM = 3
export const MAX_RADIUS_KM = 50
export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

/** Places on the station map: red rest stations, and during an emergency temporary shelters and courier storage. */
export const STATION_KINDS = ['station', 'shelter', 'storage'] as const
export type StationKind = (typeof STATION_KINDS)[number]
export const STATION_KIND_LABELS: Record<StationKind, string> = { station: '驿站', shelter: '避难点', storage: '临时存放点' }

/** A station's life: open per its hours, suspended for a while (with a reason), or archived (kept, never listed). */
export const STATION_STATUSES = ['active', 'suspended', 'archived'] as const
export type StationStatus = (typeof STATION_STATUSES)[number]
export const STATION_STATUS_LABELS: Record<StationStatus, string> = { active: '正常', suspended: '暂停开放', archived: '已归档' }

export const PUBLIC_HOLIDAY_RULES = ['usual', 'closed', 'weekend'] as const
export type PublicHolidayRule = (typeof PUBLIC_HOLIDAY_RULES)[number]
export const PUBLIC_HOLIDAY_RULE_LABELS: Record<PublicHolidayRule, string> = { usual: '照常开放', closed: '法定节假日休息', weekend: '法定节假日按周日时间' }

export const MAKE_UP_WORKDAY_RULES = ['usual', 'weekday'] as const
export type MakeUpWorkdayRule = (typeof MAKE_UP_WORKDAY_RULES)[number]
export const MAKE_UP_WORKDAY_RULE_LABELS: Record<MakeUpWorkdayRule, string> = { usual: '调休日照常', weekday: '调休上班日按工作日时间' }

/** "即将打烊": a station closing within this many minutes. */
export const CLOSING_SOON_MINUTES = 30
