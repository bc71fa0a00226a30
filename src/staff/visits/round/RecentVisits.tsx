import Taro, { useDidShow } from '@tarojs/taro'
import { useGridNames } from '@/src/features/org/useGridNames'
import { PARTY_MEMBERSHIP_LABELS } from '@/types/visits.vocab'
import type { VisitView } from '@/types/visits'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { staffShopUrl } from '@/src/staff/shops/routes'

const RECENT = 20

function summary(v: VisitView, gridName: (gridId: string) => string): string {
  const a = v.answers
  return [
    gridName(v.grid),
    a ? PARTY_MEMBERSHIP_LABELS[a.partyMembers] : null,
    a?.childcareNeeded ? '需假期照看' : null,
    a?.difficulties ? `困难：${a.difficulties}` : null,
    v.photos.length ? `${v.photos.length} 张照片` : null,
  ]
    .filter(Boolean)
    .join(' · ')
}

/** The visit log across every shop, newest first (whose visit it was stays out: no rankings of staff). */
export function RecentVisits() {
  const visits = useApiQuery('visits.list', { limit: RECENT })
  const { gridName } = useGridNames()
  useDidShow(visits.reload)
  return (
    <QueryView query={visits} isEmpty={(data) => data.visits.length === 0} empty={<Empty status='empty' title='还没有走访记录' />}>
      {(data) => (
        <CellGroup className='visit-log'>
          {data.visits.map((v) => (
            <Cell
              key={v.id}
              className='visit-log-row'
              title={`${v.date.slice(5)} ${v.shopName}`}
              description={summary(v, gridName)}
              extra={v.needId ? '已转诉求' : v.byMe ? '我记录的' : ''}
              clickable
              onClick={() => Taro.navigateTo({ url: staffShopUrl(v.shopId) })}
            />
          ))}
        </CellGroup>
      )}
    </QueryView>
  )
}
