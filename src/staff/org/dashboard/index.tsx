import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { OrgFigures } from '@/types/org'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/staff/shared/staff.scss'

const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

function FiguresLine({ figures, name }: { figures: OrgFigures; name: string }) {
  const n = figures.needs
  return (
    <View className={`org-figures ${name}`}>
      <Text className='staff-line'>
        走访覆盖 {figures.coveragePct}%（{figures.visitedShops}/{figures.shops} 家，走访 {figures.visits} 次）
      </Text>
      <Text className='staff-line'>
        诉求 {n.total} 件：快发快处 {n.byLevel['1'] ?? 0} · 联勤联动 {n.byLevel['2'] ?? 0} · 统筹指挥 {n.byLevel['3'] ?? 0}
      </Text>
      <Text className='staff-line'>活动 {figures.events} 场</Text>
    </View>
  )
}

/** 街道看板: each block of the caller's scope, and each street as their sum (no figures per person). */
function OrgDashboardContent() {
  const [range] = useState(() => {
    const today = new Date()
    return { from: shanghaiDay(new Date(today.getTime() - 90 * 86_400_000)), to: shanghaiDay(today) }
  })
  const dash = useApiQuery('org.dashboard', range)
  if (dash.error) return <ErrorState message={dash.error.message} onRetry={dash.reload} />
  if (dash.loading || !dash.data) return <LoadingRows />
  return (
    <View className='staff-page org-dashboard'>
      <Text className='staff-line'>
        {dash.data.from} 至 {dash.data.to}
      </Text>
      {dash.data.streets.length === 0 && <Empty title='你的工作范围里还没有街区' />}
      {dash.data.streets.map((street) => (
        <View key={street.streetId} className={`staff-card org-dash-street org-dash-street-${street.streetId}`}>
          <Text className='staff-card__title'>{street.name}（合计）</Text>
          <FiguresLine figures={street.figures} name='org-dash-street-figures' />
          {street.blocks.map((block) => (
            <View key={block.blockId} className={`org-dash-block org-dash-block-${block.blockId}`}>
              <Text className='staff-card__title org-dash-block-name'>{block.name}</Text>
              <FiguresLine figures={block.figures} name='org-dash-block-figures' />
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

export default function OrgDashboardPage() {
  return <StaffGate>{() => <OrgDashboardContent />}</StaffGate>
}
