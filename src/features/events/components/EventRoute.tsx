import { Text, View } from '@tarojs/components'
import type { Waypoint } from '@/types/events'
import { RouteMap } from './RouteMap'
import './EventRoute.scss'

/** A walking lesson's route: a map with the path on weapp (RouteMap.tsx), and always the ordered stops with their stories. */
export function EventRoute({ name, waypoints }: { name: string; waypoints: Waypoint[] }) {
  return (
    <View className='event-route'>
      <Text className='event-route__name'>路线：{name}</Text>
      <RouteMap waypoints={waypoints} />
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
