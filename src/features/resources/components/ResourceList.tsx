import { View } from '@tarojs/components'
import type { ResourceView } from '../../../../types/resources'
import type { ApiCallError } from '../../../shared/api/ApiCallError'
import { Empty } from '../../../shared/ui/nutui'
import { ErrorState, LoadingRows } from '../../../shared/ui/QueryStates'
import { ResourceRow } from './ResourceRow'

interface Props {
  items: ResourceView[] | undefined
  error: ApiCallError | null
  loading: boolean
  reload: () => void
  emptyTitle: string
  showCategory?: boolean
}

/** Loading, error, empty or the rows: the same four states wherever entries are listed. */
export function ResourceList({ items, error, reload, emptyTitle, showCategory }: Props) {
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!items) return <LoadingRows />
  if (items.length === 0) return <Empty className='resources-empty' status='empty' title={emptyTitle} />
  return (
    <View className='resource-list'>
      {items.map((item) => (
        <ResourceRow key={item.id} resource={item} showCategory={showCategory} />
      ))}
    </View>
  )
}
