import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '../../../shared/ui/nutui'
import type { ShopFormState } from './shopForm'

type Props = { form: ShopFormState; set: (patch: Partial<ShopFormState>) => void }

/** The shop's spot on the map: picked on a phone (chooseLocation); the browser keeps what there is. */
export function ShopPosition({ form, set }: Props) {
  const where = `${form.lat.toFixed(5)}, ${form.lng.toFixed(5)}`
  if (process.env.TARO_ENV !== 'weapp') {
    return (
      <View className='staff-card shop-position'>
        <Text className='staff-line shop-position-note'>
          {form.placed ? `网页版不能在地图上选点，保留原位置（${where}）。` : `网页版不能在地图上选点，新商户暂用街区中心位置（${where}），请之后在微信小程序里选点。`}
        </Text>
      </View>
    )
  }
  async function pick() {
    const chosen = await Taro.chooseLocation({ latitude: form.lat, longitude: form.lng }).catch(() => null)
    if (!chosen || !chosen.latitude) return
    set({ lat: chosen.latitude, lng: chosen.longitude, placed: true, ...(form.address.trim() ? {} : { address: chosen.address || chosen.name }) })
  }
  return (
    <View className='staff-card shop-position'>
      <Text className='staff-line'>{form.placed ? `位置：${where}` : '还没有选位置（暂用街区中心）'}</Text>
      <Button className='nx-big-button shop-pick-position' block onClick={pick}>
        {form.placed ? '重新选位置' : '在地图上选位置'}
      </Button>
    </View>
  )
}
