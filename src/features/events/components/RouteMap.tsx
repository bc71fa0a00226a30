// weapp (Taro's default file; the h5 build takes RouteMap.h5.tsx): WeChat's map with the numbered stops and the path.
import { Map } from '@tarojs/components'
import type { Waypoint } from '@/types/events'

/** The route on a map (480rpx high): a numbered marker per stop and the path between them in order. */
export function RouteMap({ waypoints }: { waypoints: Waypoint[] }) {
  const first = waypoints[0]
  if (!first) return null
  return (
    <Map
      className='event-route__map'
      style={{ width: '100%', height: '480rpx' }}
      latitude={first.lat}
      longitude={first.lng}
      scale={15}
      includePoints={waypoints.map((w) => ({ latitude: w.lat, longitude: w.lng }))}
      markers={waypoints.map((w, i) => ({
        id: i,
        latitude: w.lat,
        longitude: w.lng,
        title: w.name,
        width: 24,
        height: 32,
        iconPath: '/assets/station-marker.png',
        label: {
          content: `${i + 1}`,
          fontSize: 14,
          color: '#c8161d',
          anchorX: 0,
          anchorY: 0,
          borderWidth: 0,
          borderColor: '#fff',
          borderRadius: 4,
          bgColor: '#fff',
          padding: 2,
          textAlign: 'center' as const,
        },
      }))}
      polyline={[{ points: waypoints.map((w) => ({ latitude: w.lat, longitude: w.lng })), color: '#c8161d', width: 4 }]}
      onError={() => undefined}
    />
  )
}
