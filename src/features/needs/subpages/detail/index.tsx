import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { NEED_CATEGORY_LABELS, NEED_LEVEL_LABELS, NEED_STATUS_LABELS } from '../../../../../types/needs.vocab'
import { Button, Empty, Tag } from '../../../../shared/ui/nutui'
import { Rate, TextArea } from '../../../../shared/ui/nutui.forms'
import { ErrorState, LoadingRows } from '../../../../shared/ui/QueryStates'
import { NeedTimeline } from '../../components/NeedTimeline'
import { useAction, useNeed } from '../../useNeeds'
import '../needs.scss'

export default function NeedDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const { data: need, error, loading, reload } = useNeed(id)
  const rate = useAction('needs.rate')
  const [stars, setStars] = useState(5)
  const [comment, setComment] = useState('')

  if (!id || error?.code === 'NOT_FOUND' || error?.code === 'FORBIDDEN') return <Empty status='empty' title='没有找到这条诉求' />
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading || !need) return <LoadingRows rows={2} />

  async function sendRating() {
    if (await rate.run({ needId: need!.id, stars, comment: comment || undefined })) reload()
  }

  return (
    <View className='need-page need-detail'>
      <View className='need-head'>
        <Tag type='primary'>{NEED_LEVEL_LABELS[need.level]}</Tag> <Tag className='need-status' type={need.status === 'resolved' ? 'success' : 'default'}>{NEED_STATUS_LABELS[need.status]}</Tag>
        <Text className='need-head__title'>{NEED_CATEGORY_LABELS[need.category]}{need.shopName ? ` · ${need.shopName}` : ''}{need.stationName ? ` · ${need.stationName}` : ''}</Text>
        <Text className='need-description-text'>{need.description}</Text>
      </View>
      <View className='nx-section-title'>处理进度</View>
      <NeedTimeline steps={need.history} />
      {need.canRate && (
        <View className='need-rate'>
          <Text>对这次处理满意吗？</Text>
          <Rate className='need-rate-stars' value={stars} onChange={setStars} />
          <TextArea className='need-rate-comment' value={comment} onChange={setComment} placeholder='说说感受（可不填）' maxLength={200} />
          {rate.error && <Text className='need-form-error'>{rate.error.message}</Text>}
          <Button className='nx-big-button need-rate-button' type='primary' block loading={rate.busy} onClick={sendRating}>
            提交评价
          </Button>
        </View>
      )}
      {need.rating && <Text className='need-rating-given'>已评价：{need.rating.stars} 星{need.rating.comment ? `，${need.rating.comment}` : ''}</Text>}
    </View>
  )
}
