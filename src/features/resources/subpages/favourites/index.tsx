import { View } from '@tarojs/components'
import { ResourceList } from '@/src/features/resources/components/ResourceList'
import { useFavourites } from '@/src/features/resources/useResources'

export default function FavouritesPage() {
  const favourites = useFavourites()
  return (
    <View className='favourites-page'>
      <ResourceList query={favourites} emptyTitle='还没有收藏，在服务资源包里点“收藏”' showCategory />
    </View>
  )
}
