import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { BENEFICIARY_LABELS } from '@/types/projects.vocab'
import { recordIdFromPageParams } from '@/types/posters.vocab'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { WallShopCard } from '@/src/features/projects/components/WallShopCard'
import { useMyClaims, useProject } from '@/src/features/projects/useProjects'
import { ClaimForm } from './ClaimForm'
import { useSharing } from '@/src/shared/share/useSharing'
import { projectShare } from '@/src/features/projects/share'
import '@/src/features/projects/projects.scss'

export default function ProjectDetailPage() {
  const { params } = useRouter()
  // `id` from a link, `scene` from a poster's mini-program code (types/posters.vocab.ts).
  const id = recordIdFromPageParams(params)
  const { data, error, reload } = useProject(id)
  const mine = useMyClaims()
  useSharing(data ? projectShare(data.project) : null)

  if (!id || error?.code === 'NOT_FOUND') return <Empty title='没有找到这个项目' />
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  const { project, shops } = data
  return (
    <View className='projects-page project-detail'>
      <View className='projects-card'>
        <Text className='projects-card__title project-detail-name'>{project.name}</Text>
        <Text className='projects-card__line'>{project.summary}</Text>
        <Text className='projects-card__line'>受益：{BENEFICIARY_LABELS[project.beneficiary]}</Text>
        <Text className='projects-card__line'>
          需要 {project.quota} 家 · 已认领 {project.claimedCount} 家 · 已通过 {project.approvedCount} 家
        </Text>
        <Text className='projects-card__line'>
          {project.startsOn} 至 {project.endsOn}
        </Text>
      </View>
      {mine.data && mine.data.shops.length > 0 && <ClaimForm projectId={project.id} shops={mine.data.shops} claims={mine.data.claims} />}
      <View className='nx-section-title'>参与的好店家</View>
      {shops.length === 0 ? (
        <Empty title='还没有店家参与' description='第一个认领的就是你' />
      ) : (
        shops.map((item) => <WallShopCard key={item.shop.id} item={item} />)
      )}
    </View>
  )
}
