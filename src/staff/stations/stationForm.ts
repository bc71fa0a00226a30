// The station edit form's state and its translation to `stations.save`. Pure, so it is tested without a page.
import type { OpeningHours, StationView } from '@/types/stations'
import type { SaveStationInput } from '@/types/stationsManage'
import type { Amenity } from '@/types/stations.vocab'

export interface StationFormState {
  name: string
  address: string
  district: string
  /** GCJ-02; null until picked or typed. */
  point: { lat: number; lng: number } | null
  hours: OpeningHours
  amenities: Amenity[]
  phone: string
  description: string
  photos: string[]
}

export const newStationForm = (): StationFormState => ({
  name: '',
  address: '',
  district: '',
  point: null,
  hours: { periods: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '20:00' }] },
  amenities: [],
  phone: '',
  description: '',
  photos: [],
})

export const stationFormFrom = (s: StationView): StationFormState => ({
  name: s.name,
  address: s.address,
  district: s.district ?? '',
  point: { lat: s.lat, lng: s.lng },
  hours: s.hours,
  amenities: s.amenities,
  phone: s.phone ?? '',
  description: s.description,
  photos: s.photos,
})

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** What still stops saving, in Chinese (the button says it), or null. */
export function stationFormProblem(form: StationFormState): string | null {
  if (!form.name.trim()) return '请填写名称'
  if (!form.address.trim()) return '请填写地址'
  if (!form.point) return '请选择位置'
  if (!form.hours.always) {
    if (form.hours.periods.length === 0) return '请添加开放时段，或选 24 小时'
    for (const p of form.hours.periods) {
      if (p.days.length === 0) return '每个时段至少选一天'
      if (!CLOCK.test(p.open) || !CLOCK.test(p.close)) return '时间格式应为 HH:mm，如 08:30'
    }
  }
  if (form.phone.trim() && !/^[0-9+\-\s()转]{5,30}$/.test(form.phone.trim())) return '电话格式不对'
  return null
}

export function toSaveInput(form: StationFormState, id?: string): SaveStationInput {
  const point = form.point ?? { lat: 0, lng: 0 }
  return {
    ...(id ? { id } : {}),
    name: form.name.trim(),
    address: form.address.trim(),
    ...(form.district.trim() ? { district: form.district.trim() } : {}),
    lat: point.lat,
    lng: point.lng,
    hours: form.hours.always ? { ...form.hours, always: true, periods: [] } : form.hours,
    amenities: form.amenities,
    ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
    description: form.description.trim(),
    photos: form.photos,
  }
}
