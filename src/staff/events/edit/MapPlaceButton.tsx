// weapp (Taro's default file; the h5 build takes MapPlaceButton.h5.tsx): the venue picked on WeChat's map.
import Taro from '@tarojs/taro'
import type { EventFields } from '@/types/events'
import { cutText } from '@/types/text'
import { Button } from '@/src/shared/ui/nutui'

type Place = EventFields['place']

/** What follows the coordinates under the venue: nothing in the mini-program (the map sets them). */
export const COORDS_NOTE = ''

/**
 * 在地图上选择地点 (`chooseLocation`, declared in requiredPrivateInfos): the picked name (≤ 40 characters), address
 * (≤ 120) and coordinates go to `onChange`. Closing the map is no error; anything else is said plainly.
 */
export function MapPlaceButton({ place, onChange }: { place: Place; onChange: (place: Place) => void }) {
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
      const message = String((err as { errMsg?: string })?.errMsg ?? '')
      if (!/cancel/i.test(message)) Taro.showToast({ title: '无法打开地图，请直接填写地点', icon: 'none' })
    }
  }
  return (
    <Button className='nx-big-button choose-place-button' fill='outline' type='primary' block onClick={pickOnMap}>
      在地图上选择地点
    </Button>
  )
}
