import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { blockTime } from '@/src/shared/time'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { NoticeKindTag } from '@/src/features/notices/components/NoticeKindTag'
import { useNotice } from '@/src/features/notices/useNotices'
import { useSharing } from '@/src/shared/share/useSharing'
import { noticeShare } from '@/src/features/notices/share'
import './index.scss'

const STATION_LIST = '/features/stations/pages/list/index'

export default function NoticeDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const { data: notice, error, reload } = useNotice(id)
  useSharing(notice ? noticeShare(notice) : null)

  if (!id || error?.code === 'NOT_FOUND' || error?.code === 'INVALID_INPUT') {
    return <Empty className='notice-not-found' status='empty' title='没有找到这条公告' description='它可能已被撤下' />
  }
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!notice) return <LoadingRows rows={2} />
  return (
    <View className='notice-detail'>
      <Text className='notice-detail-title'>{notice.title}</Text>
      <View className='notice-detail__meta'>
        <NoticeKindTag kind={notice.kind} active={notice.active} />
        <Text className='notice-detail-time'>
          {blockTime(notice.startsAt).format('YYYY年M月D日 HH:mm')} 发布 · {notice.active ? '有效至' : '已于'}{' '}
          {blockTime(notice.expiresAt).format('M月D日 HH:mm')}
          {notice.active ? '' : '结束'}
        </Text>
      </View>
      <Text className='notice-detail-body'>{notice.body}</Text>
      {notice.kind === 'emergency' && notice.active && (
        <Button className='nx-big-button shelters-button' type='primary' block onClick={() => Taro.switchTab({ url: STATION_LIST })}>
          查看附近避难点和临时存放点
        </Button>
      )}
    </View>
  )
}
