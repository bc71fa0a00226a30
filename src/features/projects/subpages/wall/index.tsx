import { View } from '@tarojs/components'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { WallShopCard } from '@/src/features/projects/components/WallShopCard'
import { useWall } from '@/src/features/projects/useProjects'
import '@/src/features/projects/projects.scss'

/** 好店家 wall: every participating shop, its perks and where it is. */
export default function WallPage() {
  const { data, error, reload } = useWall()
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  if (data.shops.length === 0) return <Empty title='还没有参与的店家' description='店家认领公益项目并通过审核后会出现在这里' />
  return (
    <View className='projects-page wall-page'>
      {data.shops.map((item) => (
        <WallShopCard key={item.shop.id} item={item} />
      ))}
    </View>
  )
}
