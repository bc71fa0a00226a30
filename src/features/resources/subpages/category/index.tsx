import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { RESOURCE_CATEGORY_LABELS, RESOURCE_KINDS, type ResourceKind } from '@/types/resources.vocab'
import { Empty } from '@/src/shared/ui/nutui'
import { ResourceList } from '@/src/features/resources/components/ResourceList'
import { useResourceList } from '@/src/features/resources/useResources'

/** One category's entries; `?category=toolkit` is the 行动工具包. */
export default function ResourceCategoryPage() {
  const { params } = useRouter()
  const category = (RESOURCE_KINDS as readonly string[]).includes(params.category ?? '') ? (params.category as ResourceKind) : undefined
  const list = useResourceList(category)
  useEffect(() => {
    if (category) Taro.setNavigationBarTitle({ title: RESOURCE_CATEGORY_LABELS[category].label })
  }, [category])

  if (!category) return <Empty status='empty' title='没有这个分类' />
  return (
    <View className={`resource-category-page resource-category-page-${category}`}>
      <View className='nx-section-title'>{RESOURCE_CATEGORY_LABELS[category].blurb}</View>
      <ResourceList query={list} emptyTitle='这个分类还没有内容' />
    </View>
  )
}
