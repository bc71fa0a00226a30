import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BENEFICIARY_LABELS } from '@/types/projects.vocab'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { projectDetailUrl } from '@/src/features/projects/routes'
import { useProjectList } from '@/src/features/projects/useProjects'
import '@/src/features/projects/projects.scss'

/** The "十个一" catalogue: what each project is, who it helps, how many shops it needs and has. */
export default function ProjectCataloguePage() {
  const { data, error, reload } = useProjectList()
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  if (data.projects.length === 0) return <Empty className='projects-empty' title='还没有公益项目' description='街道发布后会出现在这里' />
  return (
    <View className='projects-page'>
      {data.projects.map((p) => (
        <View key={p.id} className={`projects-card project-item project-${p.id}`} onClick={() => Taro.navigateTo({ url: projectDetailUrl(p.id) })}>
          <Text className='projects-card__title project-name'>{p.name}</Text>
          <Text className='projects-card__line'>{p.summary}</Text>
          <Text className='projects-card__line'>受益：{BENEFICIARY_LABELS[p.beneficiary]}</Text>
          <Text className='projects-card__line project-counts'>
            需要 {p.quota} 家 · 已认领 {p.claimedCount} 家 · 已通过 {p.approvedCount} 家
          </Text>
          <Text className='projects-card__line'>
            {p.startsOn} 至 {p.endsOn}
          </Text>
        </View>
      ))}
    </View>
  )
}
