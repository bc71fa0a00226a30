import { Text, View } from '@tarojs/components'
import type { RiderPosition } from '../location/position'
import { SpotChooser } from './SpotChooser'
import './LocationBar.scss'

interface Props {
  position: RiderPosition | null
  onChange: (position: RiderPosition) => void
}

/** Says where the list is sorted from (and why we ask), and lets the person pick another spot. */
export function LocationBar({ position, onChange }: Props) {
  return (
    <View className='location-bar'>
      {position === null && <Text className='location-reason'>正在定位：用于查找离你最近的驿站，不会保存</Text>}
      {position?.source === 'fallback' && (
        // A plain notice, not NutUI's NoticeBar: that one measures itself with a selector query on every render.
        <View className='location-fallback-notice' role='status'>
          <Text>未获取定位，按新华路街区中心排序</Text>
        </View>
      )}
      {position !== null && (
        <View className='location-bar__row'>
          <Text className='location-current'>{position.source === 'device' ? '按你的位置排序' : `按「${position.name ?? '所选位置'}」排序`}</Text>
          <SpotChooser onChange={onChange} />
        </View>
      )}
    </View>
  )
}
