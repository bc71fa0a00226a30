import { Text, View } from '@tarojs/components'
import { LocationPicker } from '@/src/shared/location/LocationPicker'
import type { ShopFormState } from './shopForm'

type Props = { form: ShopFormState; set: (patch: Partial<ShopFormState>) => void }

/** The shop's spot: picked on WeChat's map on a phone, typed as coordinates in the browser (the shared picker). */
export function ShopPosition({ form, set }: Props) {
  return (
    <View className='shop-position'>
      {!form.placed && <Text className='staff-line shop-position-note'>还没有选位置：新商户暂用街区中心位置，可之后再选。</Text>}
      <LocationPicker
        name='shop-position'
        value={form.placed ? { lat: form.lat, lng: form.lng } : null}
        onChange={(place) =>
          set({ lat: place.lat, lng: place.lng, placed: true, ...(form.address.trim() ? {} : { address: place.address || place.name || '' }) })
        }
      />
    </View>
  )
}
