import { View } from '@tarojs/components'
import { useState } from 'react'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { TrendChart } from '../charts/TrendChart'
import '@/src/staff/shared/staff.scss'

const SPANS = [12, 26] as const
const SPAN_LABELS = { 12: '近 12 周', 26: '近半年' }
/** The brand red and a blue that both read on white (contrast above 4.5:1). */
const RED = '#c8161d'
const BLUE = '#1d5fa8'

function Trends() {
  const [weeks, setWeeks] = useState<(typeof SPANS)[number]>(12)
  const { data, error, loading, reload } = useApiQuery('dashboard.trends', { weeks })
  const mondays = data?.weeks.map((w) => w.week) ?? []
  const series = (pick: (w: NonNullable<typeof data>['weeks'][number]) => number) => data?.weeks.map(pick) ?? []
  return (
    <View className='staff-page dashboard-trends'>
      <Chips name='trends-span' options={SPANS} labels={SPAN_LABELS} value={weeks} onChange={(w) => w && setWeeks(w)} all={false} />
      {error ? (
        <ErrorState message={error.message} onRetry={reload} />
      ) : loading || !data ? (
        <LoadingRows />
      ) : (
        <>
          <View className='dashboard-trends__note'>按周统计（周一至周日，上海时间），每张图只有一种单位。</View>
          <TrendChart name='visits' title='每周走访' unit='次' weeks={mondays} series={[{ name: '走访', data: series((w) => w.visits), color: RED }]} />
          <TrendChart
            name='needs'
            title='每周诉求：新提交与办结'
            unit='件'
            kind='line'
            weeks={mondays}
            series={[
              { name: '新提交', data: series((w) => w.needsOpened), color: RED },
              { name: '办结', data: series((w) => w.needsClosed), color: BLUE },
            ]}
          />
          <TrendChart
            name='attendance'
            title='每周活动参与'
            unit='人'
            weeks={mondays}
            series={[
              { name: '入座', data: series((w) => w.seated), color: BLUE },
              { name: '签到', data: series((w) => w.attended), color: RED },
            ]}
          />
        </>
      )}
    </View>
  )
}

export default function TrendsPage() {
  return <StaffGate>{() => <Trends />}</StaffGate>
}
