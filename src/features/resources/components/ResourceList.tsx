import { View } from '@tarojs/components'
import type { ResourceView } from '@/types/resources'
import type { QueryState } from '@/src/shared/query/useApiQuery'
import { Empty } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { ResourceRow } from './ResourceRow'

interface Props {
  /** Any read that answers `{ items }` (a category, a search, 我的收藏). */
  query: QueryState<{ items: ResourceView[] }>
  emptyTitle: string
  /** Show each row's category (default false: a category page knows it). */
  showCategory?: boolean
}

/** Loading, error, empty or the rows (with their age when kept from before): the same states wherever entries are listed. */
export function ResourceList({ query, emptyTitle, showCategory }: Props) {
  return (
    <QueryView query={query} isEmpty={(data) => data.items.length === 0} empty={<Empty className='resources-empty' status='empty' title={emptyTitle} />}>
      {({ items }) => (
        <View className='resource-list'>
          {items.map((item) => (
            <ResourceRow key={item.id} resource={item} showCategory={showCategory} />
          ))}
        </View>
      )}
    </QueryView>
  )
}
