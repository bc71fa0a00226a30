import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { dataAgeText } from '../query/age'
import { Button, Empty, Skeleton } from './nutui'
import './QueryStates.scss'

/** Grey bars while the first answer is on its way. */
export function LoadingRows({ rows = 3 }: { rows?: number }) {
  return (
    <View className='nx-loading' aria-busy>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className='nx-loading__row'>
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  )
}

/** What went wrong, in Chinese, and a way to try again. */
export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <View className='nx-error-state'>
      <Empty status='error' title='没能加载' description={message} />
      <Button className='nx-big-button retry-button' type='primary' block onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}

/**
 * Shown above data kept from before when the last refresh failed (offline, weak network, timeout): its age
 * ("3 分钟前的数据"), why it is not fresh, and 重试. Nothing when the data is fresh. The query also refreshes by
 * itself when the network comes back.
 */
export function DataAge({ query }: { query: { failure?: { message: string } | null; updatedAt?: number | null; reload: () => void } }) {
  if (!query.failure || !query.updatedAt) return null
  return (
    <View className='nx-data-age'>
      <Text className='nx-data-age__when'>{dataAgeText(query.updatedAt, Date.now())}</Text>
      <Text className='nx-data-age__why'>{query.failure.message}</Text>
      <Text className='nx-data-age__retry' onClick={query.reload}>
        重试
      </Text>
    </View>
  )
}

/**
 * The four states of one query, in the order every page checks them:
 * an error (with retry) → grey rows while `pending` → `empty` when there is no data or `isEmpty(data)` → `children(data)`.
 * `pending` defaults to "no data yet"; pages that also wait on something else (a position, a reload) pass their own condition.
 * Data kept from before a failed refresh shows with its age (DataAge).
 */
export function QueryView<T>({
  query,
  pending,
  isEmpty,
  empty,
  loadingRows,
  children,
}: {
  query: { data: T | null; error: { message: string } | null; failure?: { message: string } | null; updatedAt?: number | null; reload: () => void }
  pending?: boolean
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  loadingRows?: number
  children: (data: T) => ReactNode
}) {
  if (query.error) return <ErrorState message={query.error.message} onRetry={query.reload} />
  if (pending ?? query.data === null) return <LoadingRows rows={loadingRows} />
  if (query.data === null || isEmpty?.(query.data)) return <>{empty}</>
  return (
    <>
      <DataAge query={query} />
      {children(query.data)}
    </>
  )
}
