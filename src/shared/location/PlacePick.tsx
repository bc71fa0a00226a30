// weapp (Taro's default file; the h5 build takes PlacePick.h5.tsx): WeChat's map picker.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../ui/nutui'
import type { LocationPickerProps } from './LocationPicker'

/** weapp: the point picked on WeChat's map (`Taro.chooseLocation`); closing the map changes nothing. */
export function PlacePick({ value, onChange, name = 'location-picker' }: LocationPickerProps) {
  const where = value ? `${value.lat.toFixed(6)}, ${value.lng.toFixed(6)}` : null
  const pick = async () => {
    try {
      const chosen = await Taro.chooseLocation(value ? { latitude: value.lat, longitude: value.lng } : {})
      if (chosen?.latitude) onChange({ lat: chosen.latitude, lng: chosen.longitude, name: chosen.name || undefined, address: chosen.address || undefined })
    } catch (err) {
      // Closing the map is no error; anything else (no permission) is said plainly.
      if (!/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) Taro.showToast({ title: '无法打开地图，请稍后再试', icon: 'none' })
    }
  }
  return (
    <View className={`staff-card ${name}`}>
      <Text className='staff-line'>{where ? `位置：${where}` : '还没有选位置'}</Text>
      <Button className={`nx-big-button ${name}-pick`} block onClick={pick}>
        {where ? '在地图上重新选点' : '在地图上选点'}
      </Button>
    </View>
  )
}
