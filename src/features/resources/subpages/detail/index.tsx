import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { blockTime } from '@/src/shared/time'
import { RESOURCE_CATEGORY_LABELS } from '@/types/resources.vocab'
import { Button, Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ContactCells } from '@/src/features/resources/components/ContactCells'
import { useResource, useSetFavourite } from '@/src/features/resources/useResources'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import './index.scss'

export default function ResourceDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const { data: resource, error, loading, reload } = useResource(id)
  const favourite = useSetFavourite()

  if (!id || error?.code === 'NOT_FOUND' || error?.code === 'INVALID_INPUT') {
    return <Empty className='resource-not-found' status='empty' title='没有找到这个条目' description='它可能已被删除' />
  }
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading && !resource) return <LoadingRows rows={2} />
  if (!resource) return <LoadingRows rows={2} />

  return (
    <View className='resource-detail'>
      <PrivacyPopup />
      <View className='resource-detail__head'>
        <Tag className='resource-detail-category' type='primary' plain>
          {RESOURCE_CATEGORY_LABELS[resource.category].label}
        </Tag>
        <Text className='resource-detail-title'>{resource.title}</Text>
        <Text className='resource-detail-summary'>{resource.summary}</Text>
        <Text className='resource-detail-updated'>{blockTime(resource.updatedAt).format('YYYY年M月D日')} 更新</Text>
      </View>

      <ContactCells resource={resource} />

      {resource.steps.length > 0 && (
        <View className='resource-steps'>
          <View className='nx-section-title'>怎么做</View>
          {resource.steps.map((step, i) => (
            <View key={i} className='resource-step'>
              <Text className='resource-step__number'>{i + 1}</Text>
              <Text className='resource-step__text'>{step}</Text>
            </View>
          ))}
        </View>
      )}

      <View className='resource-detail__actions'>
        <Button
          className={`nx-big-button favourite-button ${resource.favourite ? 'favourite-button--on' : ''}`}
          type={resource.favourite ? 'default' : 'primary'}
          block
          loading={favourite.saving}
          onClick={() => favourite.setFavourite(resource.id, !resource.favourite)}
        >
          {resource.favourite ? '★ 已收藏（点击取消）' : '☆ 收藏'}
        </Button>
        {favourite.error && <Text className='favourite-error'>{favourite.error.message}</Text>}
      </View>
    </View>
  )
}
