import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { blockTime } from '@/src/shared/time'
import { Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { NoticeKindTag } from '@/src/features/notices/components/NoticeKindTag'
import { noticeDetailUrl } from '@/src/features/notices/routes'
import { useNotices } from '@/src/features/notices/useNotices'
import { HomeBlockNudge } from '@/src/features/org/HomeBlockNudge'

export default function NoticeListPage() {
  const { data, error, reload } = useNotices()
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  if (data.notices.length === 0) return <Empty className='notices-empty' status='empty' title='暂无公告' />
  return (
    <View className='notice-list-page'>
      <HomeBlockNudge what='公告' />
      <CellGroup>
        {data.notices.map((notice) => (
          <Cell
            key={notice.id}
            className={`notice-item notice-item-${notice.id}`}
            title={notice.title}
            description={`${blockTime(notice.startsAt).format('M月D日 HH:mm')} 发布`}
            extra={<NoticeKindTag kind={notice.kind} active={notice.active} />}
            clickable
            onClick={() => Taro.navigateTo({ url: noticeDetailUrl(notice.id) })}
          />
        ))}
      </CellGroup>
    </View>
  )
}
