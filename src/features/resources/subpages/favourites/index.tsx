import { View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import { ResourceList } from '../../components/ResourceList'
import { useFavourites } from '../../useResources'

export default function FavouritesPage() {
  const favourites = useFavourites()
  const firstShow = useRef(true)
  // Coming back from an entry where the star was taken off: show the list as it is now.
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false
    else favourites.reload()
  })
  return (
    <View className='favourites-page'>
      <ResourceList {...favourites} items={favourites.data?.items} emptyTitle='还没有收藏，在服务资源包里点“收藏”' showCategory />
    </View>
  )
}
