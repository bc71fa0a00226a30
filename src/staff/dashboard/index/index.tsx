import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { blockTime } from '@/src/shared/time'
import { NEED_CATEGORY_LABELS, NEED_LEVELS, NEED_LEVEL_LABELS, NEED_STATUSES, NEED_STATUS_LABELS, type NeedCategory } from '@/types/needs.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { copyCsv } from '@/src/shared/platform/csvFile'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { BarList } from '../BarList'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import '@/src/staff/shared/staff.scss'

const PERIODS = ['30', '90', '365'] as const
const PERIOD_LABELS = { '30': '近 30 天', '90': '近 3 个月', '365': '近一年' }

async function exportCsv(period: { from: string; to: string }) {
  const { filename, csv } = await callApi('dashboard.csv', period)
  // The mini-program cannot save to disk: there the totals go to the clipboard, to paste into a spreadsheet.
  await copyCsv(filename, csv)
}

function Dashboard() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>('90')
  const period = useMemo(
    () => ({
      from: blockTime()
        .subtract(Number(days) - 1, 'day')
        .format('YYYY-MM-DD'),
      to: blockTime().format('YYYY-MM-DD'),
    }),
    [days],
  )
  const { data: s, error, reload } = useApiQuery('dashboard.stats', period)
  return (
    <View className='staff-page dashboard'>
      <PrivacyPopup />
      <Chips name='dashboard-period' options={PERIODS} labels={PERIOD_LABELS} value={days} onChange={(d) => d && setDays(d)} all={false} />
      {error ? (
        <ErrorState message={error.message} onRetry={reload} />
      ) : !s ? (
        <LoadingRows />
      ) : (
        <>
          <View className='nx-section-title'>
            走访覆盖（{s.totals.visitedShops}/{s.totals.shops} 家，{s.totals.coveragePct}%，共 {s.totals.visits} 次）
          </View>
          <BarList
            name='coverage'
            unit='%'
            rows={s.coverage.map((g) => ({ key: g.grid, label: `${g.gridName} ${g.visitedShops}/${g.shops}`, value: g.coveragePct, max: 100 }))}
          />
          <View className='nx-section-title'>
            诉求 <Text className='dashboard-needs-total'>{s.needs.total}</Text> 件，办结用时中位数 {s.needs.medianHoursToClose ?? '—'} 小时
          </View>
          <BarList name='needs-level' rows={NEED_LEVELS.map((l) => ({ key: String(l), label: NEED_LEVEL_LABELS[l], value: s.needs.byLevel[l] }))} />
          <BarList name='needs-status' rows={NEED_STATUSES.map((st) => ({ key: st, label: NEED_STATUS_LABELS[st], value: s.needs.byStatus[st] }))} />
          <BarList
            name='needs-category'
            rows={Object.entries(s.needs.byCategory).map(([c, n]) => ({ key: c, label: NEED_CATEGORY_LABELS[c as NeedCategory], value: n ?? 0 }))}
          />
          <View className='nx-section-title'>服务三问（按商户汇总）</View>
          <BarList
            name='answers'
            rows={[
              { key: 'party', label: '有党员的商户', value: s.serviceAnswers.shopsWithPartyMembers },
              { key: 'childcare', label: '需假期照看子女', value: s.serviceAnswers.shopsNeedingChildcare },
              { key: 'difficulties', label: '反映经营困难', value: s.serviceAnswers.shopsWithDifficulties },
            ]}
          />
          {s.events && (
            <>
              <View className='nx-section-title'>活动参与</View>
              <BarList name='events' rows={Object.entries(s.events).map(([k, n]) => ({ key: k, label: k, value: n }))} />
            </>
          )}
          {s.projects && (
            <>
              <View className='nx-section-title'>公益项目认领</View>
              <BarList name='projects' rows={Object.entries(s.projects).map(([k, n]) => ({ key: k, label: k, value: n }))} />
            </>
          )}
          <Button
            className='nx-big-button dashboard-export'
            block
            onClick={() => exportCsv(period).catch(() => Taro.showToast({ title: '导出失败', icon: 'none' }))}
          >
            导出 CSV（仅汇总数据）
          </Button>
        </>
      )}
    </View>
  )
}

export default function DashboardPage() {
  return <StaffGate>{() => <Dashboard />}</StaffGate>
}
