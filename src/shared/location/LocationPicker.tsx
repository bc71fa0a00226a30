import type { LatLng } from './coordinateText'
import { PlacePick } from './PlacePick'

/** What the map pick gives: the point (GCJ-02) and, on weapp, the place's name and address. */
export interface PickedPlace extends LatLng {
  name?: string
  address?: string
}

export interface LocationPickerProps {
  /** The current point (GCJ-02), or null when none is set yet. */
  value: LatLng | null
  onChange: (place: PickedPlace) => void
  /** Class prefix for tests and styles; default 'location-picker'. */
  name?: string
}

/**
 * Where a place is. weapp: picked on WeChat's map (`chooseLocation`, declared in requiredPrivateInfos and the
 * privacy guide; the page renders <PrivacyPopup />). h5 has no map picker: latitude and longitude typed, with a note
 * saying where to find them (GCJ-02, what 高德 and 腾讯 maps show). The two are Taro's per-platform files PlacePick.tsx
 * (weapp) and PlacePick.h5.tsx.
 */
export function LocationPicker({ value, onChange, name = 'location-picker' }: LocationPickerProps) {
  return <PlacePick value={value} onChange={onChange} name={name} />
}
