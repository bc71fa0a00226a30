import { View } from '@tarojs/components'
import { ResourceList } from '../../components/ResourceList'
import { useFavourites } from '../../useResources'

export default function FavouritesPage() {
  const favourites = useFavourites()
  return (
    <View className='favourites-page'>
      <ResourceList query={favourites} emptyTitle='还没有收藏，在服务资源包里点“收藏”' showCategory />
    </View>
  )
}
