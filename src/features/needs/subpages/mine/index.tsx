import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { PagedList } from '@/src/shared/ui/PagedList'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { NeedRow } from '@/src/features/needs/components/NeedRow'
import { needDetailUrl, needFormUrl } from '@/src/features/needs/routes'
import { useMyNeeds } from '@/src/features/needs/useNeeds'
import '../needs.scss'

export default function MyNeedsPage() {
  const { data, error, loading, reload } = useMyNeeds()
  useDidShow(reload)
  usePullDownRefresh(() => {
    reload()
    Taro.stopPullDownRefresh()
  })
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (loading && !data) return <LoadingRows />
  return (
    <View className='need-page my-needs'>
      {!data || data.needs.length === 0 ? (
        <Empty status='empty' title='还没有反映过问题' description='遇到招工、政策、噪音、店招等问题，都可以在这里反映' />
      ) : (
        <CellGroup>
          <PagedList
            items={data.needs}
            renderItem={(need) => <NeedRow key={need.id} need={need} onClick={() => Taro.navigateTo({ url: needDetailUrl(need.id) })} />}
          />
        </CellGroup>
      )}
      <Button className='nx-big-button' type='primary' block onClick={() => Taro.navigateTo({ url: needFormUrl() })}>
        我要反映
      </Button>
    </View>
  )
}
