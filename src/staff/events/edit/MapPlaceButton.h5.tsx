// h5 (the local debug build; the mini-program takes MapPlaceButton.tsx): there is no map picker in the browser.
import type { EventFields } from '@/types/events'

/** What follows the coordinates under the venue: why they cannot change here. */
export const COORDS_NOTE = '（本地调试版不能在地图上选点，沿用现有坐标）'

/** Renders nothing on h5: the name and address are typed, the coordinates kept. */
export function MapPlaceButton(_props: { place: EventFields['place']; onChange: (place: EventFields['place']) => void }) {
  return null
}
