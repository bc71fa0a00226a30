/** A web map (AMap's URI API, GCJ-02 like our data) for the h5 build, where openLocation is unavailable (openMap.h5.ts). */
export function webMapUrl(station: { lat: number; lng: number; name: string }): string {
  return `https://uri.amap.com/marker?position=${station.lng},${station.lat}&name=${encodeURIComponent(station.name)}&coordinate=gaode&callnative=1`
}
