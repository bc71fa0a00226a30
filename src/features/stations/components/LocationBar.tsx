import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@/src/shared/ui/nutui'
import { BLOCK_LANDMARKS, chooseSpotOnMap, type RiderPosition } from '../location/position'
import './LocationBar.scss'

interface Props {
  position: RiderPosition | null
  onChange: (position: RiderPosition) => void
}

/** Says where the list is sorted from (and why we ask), and lets the person pick another spot. */
export function LocationBar({ position, onChange }: Props) {
  const pickOnMap = async () => {
    const spot = await chooseSpotOnMap()
    if (spot) onChange(spot)
  }

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
          {process.env.TARO_ENV === 'h5' ? (
            <Picker mode='selector' range={BLOCK_LANDMARKS.map((spot) => spot.name ?? '')} onChange={(e) => onChange(BLOCK_LANDMARKS[Number(e.detail.value)])}>
              <View className='location-choose'>换个位置</View>
            </Picker>
          ) : (
            <Button className='location-choose' size='small' fill='outline' onClick={pickOnMap}>
              换个位置
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
