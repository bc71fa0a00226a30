import { Text, View } from '@tarojs/components'
import type { WallShop } from '@/types/projects'

/** A 好店家: name, address, distance when known, and what it offers. */
export function WallShopCard({ item }: { item: WallShop }) {
  return (
    <View className={`projects-card wall-shop wall-shop-${item.shop.id}`}>
      <Text className='projects-card__title wall-shop-name'>{item.shop.name}</Text>
      <Text className='projects-card__line'>
        {item.shop.address}
        {item.distanceM !== undefined ? ` · ${item.distanceM} 米` : ''}
      </Text>
      {item.perks.map((perk) => (
        <Text key={perk.projectId} className='projects-card__line wall-perk'>
          【{perk.projectName}】{perk.commitment}
        </Text>
      ))}
    </View>
  )
}
