/** A stored point as GeoJSON (longitude first), the form the 2dsphere index needs. */
export interface GeoPoint {
  type: 'Point'
  coordinates: [number, number]
}

export const geoPoint = (lat: number, lng: number): GeoPoint => ({ type: 'Point', coordinates: [lng, lat] })

/** `aggregate()` hands back GeoJSON, `get()` turns it into the SDK's Geo.Point: read either as [lng, lat]. */
export function pointLngLat(location: GeoPoint | { longitude: number; latitude: number }): [number, number] {
  return 'coordinates' in location ? location.coordinates : [location.longitude, location.latitude]
}
