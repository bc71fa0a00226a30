import { Map, Text, View } from '@tarojs/components'
import type { Waypoint } from '@/types/events'
import './EventRoute.scss'

/** A walking lesson's route: a map with the path on weapp, and always the ordered stops with their stories. */
export function EventRoute({ name, waypoints }: { name: string; waypoints: Waypoint[] }) {
  const first = waypoints[0]
  return (
    <View className='event-route'>
      <Text className='event-route__name'>路线：{name}</Text>
      {process.env.TARO_ENV === 'weapp' && first && (
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
      )}
      {waypoints.map((w, i) => (
        <View key={w.name} className='route-stop'>
          <Text className='route-stop__index'>{i + 1}</Text>
          <View className='route-stop__body'>
            <Text className='route-stop__name'>{w.name}</Text>
            <Text className='route-stop__story'>{w.story}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
