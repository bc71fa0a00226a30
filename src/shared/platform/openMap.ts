// weapp (Taro's default file; the h5 build takes openMap.h5.ts): WeChat's own map.
import Taro from '@tarojs/taro'

/** A place to show: GCJ-02 degrees, its name and (optionally) its address. */
export interface MapPlace {
  lat: number
  lng: number
  name: string
  address?: string
}

/**
 * Opens WeChat's map on the place (wx.openLocation, zoom 17). It needs no location permission: WeChat's map takes
 * over and offers route planning.
 */
export function openOnMap(place: MapPlace): void {
  Taro.openLocation({ latitude: place.lat, longitude: place.lng, name: place.name, address: place.address, scale: 17 })
}

/** The map button's words: the page's own (导航, 导航过去) in the mini-program; 在地图中查看 on h5. */
export function mapButtonLabel(words: string): string {
  return words
}
