import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { LedgerFile } from '@/types/ledger'
import { callApi } from '@/src/shared/api/callApi'
import { Button } from '@/src/shared/ui/nutui'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { monthLabel, recentMonths } from './months'
import { saveLedger } from './saveLedger'
import '@/src/staff/shared/staff.scss'

function Ledger({ roles }: { roles: string[] }) {
  const months = useMemo(() => recentMonths(), [])
  const labels = useMemo(() => Object.fromEntries(months.map((m) => [m, monthLabel(m)])) as Record<string, string>, [months])
  // Last month by default: the ledger is usually made once a month is over.
  const [month, setMonth] = useState(months[1])
  const [personal, setPersonal] = useState(false)
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState<LedgerFile | null>(null)
  const isAdmin = roles.includes('admin')

  const exportLedger = async () => {
    if (busy) return
    setBusy(true)
    try {
      const file = await callApi('dashboard.ledger', { month, ...(personal && isAdmin ? { includePersonal: true } : {}) })
      setMade(file)
      Taro.showToast({ title: await saveLedger(file), icon: 'none' })
    } catch (err) {
      Taro.showToast({ title: (err as Error).message || '导出失败', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='staff-page dashboard-ledger'>
      <View className='nx-section-title'>选择月份</View>
      <Chips name='ledger-month' options={months} labels={labels} value={month} onChange={(m) => m && setMonth(m)} all={false} />
      <View className='staff-card ledger-contents'>
        <Text>台账（.xlsx）含四张表：走访（含服务三问汇总）、诉求（哨级、办结用时）、活动（入座、签到）、公益项目（认领、履约）。日期按上海时间。</Text>
      </View>
      {isAdmin && (
        <View className={`staff-chip ledger-personal${personal ? ' staff-chip--selected' : ''}`} onClick={() => setPersonal(!personal)}>
          {personal ? '✓ ' : ''}包含个人信息（仅街道管理员，导出会留痕）
        </View>
      )}
      <Button className='nx-big-button ledger-export' block loading={busy} disabled={busy} onClick={exportLedger}>
        {`导出 ${monthLabel(month)} 台账`}
      </Button>
      {made && (
        <View className='staff-card ledger-made'>
          <Text>{`${made.filename}：${made.sheets.map((s) => `${s.name} ${s.rows} 行`).join('，')}`}</Text>
        </View>
      )}
    </View>
  )
}

export default function LedgerPage() {
  return <StaffGate>{(roles) => <Ledger roles={roles} />}</StaffGate>
}
