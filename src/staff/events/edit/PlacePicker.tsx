import { Text, View } from '@tarojs/components'
import type { EventFields } from '@/types/events'
import { Cell } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { COORDS_NOTE, MapPlaceButton } from './MapPlaceButton'

type Place = EventFields['place']

/**
 * The venue: on weapp picked on WeChat's map (`chooseLocation`, declared in requiredPrivateInfos, which also
 * gives the coordinates the walking route and navigation need); the typed name and address stay for fine-tuning
 * and are the only way on h5, where there is no map picker.
 */
export function PlacePicker({ place, onChange }: { place: Place; onChange: (place: Place) => void }) {
  return (
    <View className='edit-place'>
      <MapPlaceButton place={place} onChange={onChange} />
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
        {COORDS_NOTE}
      </Text>
    </View>
  )
}
