// weapp (Taro's default file; the h5 build takes StationCoords.h5.tsx): the map button shows the place.

/** h5 only: the station's coordinates as a cell. Renders nothing in the mini-program. */
export function StationCoords(_props: { station: { lat: number; lng: number } }) {
  return null
}
