import { View } from '@tarojs/components'
import { PERKS_NEAR_RADIUS_M } from '@/types/projects.vocab'
import { usePerksNear } from '../useProjects'
import { WallShopCard } from './WallShopCard'
import '../projects.scss'

/** On a station's page: 好店家 within walking distance and their perks. Quiet when there are none or it fails. */
export function PerksNearStation({ lat, lng }: { lat: number; lng: number }) {
  const { data, error } = usePerksNear({ lat, lng, radiusM: PERKS_NEAR_RADIUS_M })
  if (error || !data || data.shops.length === 0) return null
  return (
    <View className='perks-near'>
      <View className='nx-section-title'>附近好店家</View>
      {data.shops.map((item) => (
        <WallShopCard key={item.shop.id} item={item} />
      ))}
    </View>
  )
}
