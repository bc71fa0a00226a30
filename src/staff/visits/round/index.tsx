import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Grid } from '@/types/shops.vocab'
import { Empty } from '@/src/shared/ui/nutui'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { DueShops } from './DueShops'
import { RecentVisits } from './RecentVisits'
import { useGridOptions } from '@/src/staff/org/useGridOptions'
import '@/src/staff/shared/staff.scss'
import '../visits.scss'

// The grid worker usually walks one grid: remember it on this phone.
const GRID_KEY = 'nx.visitGrid'
const savedGrid = (): Grid | null => (Taro.getStorageSync(GRID_KEY) as string) || null

function VisitRound() {
  const grids = useGridOptions()
  const [chosen, setGrid] = useState<Grid | null>(savedGrid)
  // A remembered grid the caller no longer works in (another block, a retired grid) is dropped.
  const grid = chosen && grids.ids.includes(chosen) ? chosen : null
  function choose(g: Grid | null) {
    setGrid(g)
    if (g) Taro.setStorageSync(GRID_KEY, g)
  }
  return (
    <View className='staff-page visit-round'>
      <View className='nx-section-title'>走哪个网格？</View>
      <Chips name='visit-grid' options={grids.ids} labels={grids.labels} value={grid} onChange={choose} all={false} />
      {grid ? <DueShops grid={grid} /> : <Empty status='empty' title='先选一个网格' description='按多久没走访排序，从没走访过的在最前' />}
      <View className='nx-section-title'>最近走访</View>
      <RecentVisits />
    </View>
  )
}

export default function VisitRoundPage() {
  return <StaffGate>{() => <VisitRound />}</StaffGate>
}
