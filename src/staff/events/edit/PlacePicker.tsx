import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { EventFields } from '@/types/events'
import { cutText } from '@/types/text'
import { Button, Cell } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'

type Place = EventFields['place']

/**
 * The venue: on weapp picked on WeChat's map (`chooseLocation`, declared in requiredPrivateInfos, which also
 * gives the coordinates the walking route and navigation need); the typed name and address stay for fine-tuning
 * and are the only way on h5, where there is no map picker.
 */
export function PlacePicker({ place, onChange }: { place: Place; onChange: (place: Place) => void }) {
  const pickOnMap = async () => {
    try {
      const picked = await Taro.chooseLocation({ latitude: place.lat, longitude: place.lng })
      onChange({
        name: cutText(picked.name || picked.address || place.name, 40),
        address: cutText(picked.address || place.address, 120),
        lat: picked.latitude,
        lng: picked.longitude,
      })
    } catch (err) {
      // Closing the map is no error; anything else (no permission) is said plainly.
      const message = String((err as { errMsg?: string })?.errMsg ?? '')
      if (!/cancel/i.test(message)) Taro.showToast({ title: '无法打开地图，请直接填写地点', icon: 'none' })
    }
  }
  return (
    <View className='edit-place'>
      {process.env.TARO_ENV === 'weapp' && (
        <Button className='nx-big-button choose-place-button' fill='outline' type='primary' block onClick={pickOnMap}>
          在地图上选择地点
        </Button>
      )}
      <Cell
        className='edit-place-name'
        title='地点'
        extra={<Input className='edit-input' value={place.name} onChange={(v: string) => onChange({ ...place, name: v })} />}
      />
      <Cell
        className='edit-place-address'
        title='地址'
        extra={<Input className='edit-input' value={place.address} onChange={(v: string) => onChange({ ...place, address: v })} />}
      />
      <Text className='edit-place__coords'>
        坐标 {place.lat.toFixed(5)}, {place.lng.toFixed(5)}
        {process.env.TARO_ENV === 'weapp' ? '' : '（本地调试版不能在地图上选点，沿用现有坐标）'}
      </Text>
    </View>
  )
}
