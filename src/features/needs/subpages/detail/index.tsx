import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { NEED_CATEGORY_LABELS, NEED_LEVEL_LABELS, NEED_STATUS_LABELS } from '@/types/needs.vocab'
import { Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { NeedRatingForm } from '@/src/features/needs/components/NeedRatingForm'
import { NeedTimeline } from '@/src/features/needs/components/NeedTimeline'
import { useNeed } from '@/src/features/needs/useNeeds'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import '../needs.scss'

export default function NeedDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const { data: need, error, reload } = useNeed(id)
  const rate = useApiMutation('needs.rate', undefined, { toast: false })

  if (!id || error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN') return <Empty status='empty' title='没有找到这条诉求' />
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!need) return <LoadingRows rows={2} />

  async function sendRating(stars: number, comment?: string) {
    await rate.mutate({ needId: need!.id, stars, comment })
  }

  return (
    <View className='need-page need-detail'>
      <View className='need-head'>
        <Tag type='primary'>{NEED_LEVEL_LABELS[need.level]}</Tag>{' '}
        <Tag className='need-status' type={need.status === 'resolved' ? 'success' : 'default'}>
          {NEED_STATUS_LABELS[need.status]}
        </Tag>
        <Text className='need-head__title'>
          {NEED_CATEGORY_LABELS[need.category]}
          {need.shopName ? ` · ${need.shopName}` : ''}
          {need.stationName ? ` · ${need.stationName}` : ''}
        </Text>
        <Text className='need-description-text'>{need.description}</Text>
      </View>
      <View className='nx-section-title'>处理进度</View>
      <NeedTimeline steps={need.history} />
      {need.canRate && <NeedRatingForm busy={rate.busy} error={rate.error?.message} onSend={sendRating} />}
      {need.rating && (
        <Text className='need-rating-given'>
          已评价：{need.rating.stars} 星{need.rating.comment ? `，${need.rating.comment}` : ''}
        </Text>
      )}
    </View>
  )
}
