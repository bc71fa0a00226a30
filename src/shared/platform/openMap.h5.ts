// h5 (the local debug build; the mini-program takes openMap.ts): openLocation is unavailable, a web map opens.
import { webMapUrl } from './webMapUrl'

/** A place to show: GCJ-02 degrees, its name and (optionally) its address. */
export interface MapPlace {
  lat: number
  lng: number
  name: string
  address?: string
}

/** Opens AMap's web page on the place in a new tab (webMapUrl.ts). */
export function openOnMap(place: MapPlace): void {
  window.open(webMapUrl(place), '_blank')
}

/** The map button's words on h5: 在地图中查看, whatever the mini-program says. */
export function mapButtonLabel(_words: string): string {
  return '在地图中查看'
}
