import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { GRIDS, GRID_LABELS, type Grid } from '../../../../types/shops.vocab'
import { Empty } from '../../../shared/ui/nutui'
import { Chips } from '../../needs/Chips'
import { StaffGate } from '../../StaffGate'
import { DueShops } from './DueShops'
import { RecentVisits } from './RecentVisits'
import '../../needs/staff.scss'
import '../visits.scss'

// The grid worker usually walks one grid: remember it on this phone.
const GRID_KEY = 'nx.visitGrid'
const savedGrid = (): Grid | null => {
  const saved = Taro.getStorageSync(GRID_KEY) as string
  return (GRIDS as readonly string[]).includes(saved) ? (saved as Grid) : null
}

function VisitRound() {
  const [grid, setGrid] = useState<Grid | null>(savedGrid)
  function choose(g: Grid | null) {
    setGrid(g)
    if (g) Taro.setStorageSync(GRID_KEY, g)
  }
  return (
    <View className='staff-page visit-round'>
      <View className='nx-section-title'>走哪个网格？</View>
      <Chips name='visit-grid' options={GRIDS} labels={GRID_LABELS} value={grid} onChange={choose} all={false} />
      {grid ? <DueShops grid={grid} /> : <Empty status='empty' title='先选一个网格' description='按多久没走访排序，从没走访过的在最前' />}
      <View className='nx-section-title'>最近走访</View>
      <RecentVisits />
    </View>
  )
}

export default function VisitRoundPage() {
  return <StaffGate>{() => <VisitRound />}</StaffGate>
}
