import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ResourceView } from '@/types/resources'
import { RESOURCE_CATEGORY_LABELS } from '@/types/resources.vocab'
import { Cell, Tag } from '@/src/shared/ui/nutui'
import { resourceDetailUrl } from '../routes'
import './ResourceRow.scss'

/** One entry in a list: its title, what it helps with, and (in search results) its category. */
export function ResourceRow({ resource, showCategory = false }: { resource: ResourceView; showCategory?: boolean }) {
  return (
    <Cell className={`resource-row resource-row-${resource.id}`} clickable onClick={() => Taro.navigateTo({ url: resourceDetailUrl(resource.id) })}>
      <View className='resource-row__body'>
        <View className='resource-row__head'>
          {showCategory && (
            <Tag className='resource-row-category' type='primary' plain>
              {RESOURCE_CATEGORY_LABELS[resource.category].label}
            </Tag>
          )}
          <Text className='resource-row-title'>{resource.title}</Text>
        </View>
        <Text className='resource-row-summary'>{resource.summary}</Text>
      </View>
    </Cell>
  )
}
