import { View } from '@tarojs/components'
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
