import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { blockTime } from '@/src/shared/time'
import { SHOP_TAGS, SHOP_TAG_LABELS, type Grid, type ShopTag } from '@/types/shops.vocab'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { SearchBar } from '@/src/shared/ui/nutui.forms'
import { PagedList } from '@/src/shared/ui/PagedList'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { useGridOptions } from '@/src/staff/org/useGridOptions'
import { staffShopUrl } from '@/src/staff/shops/routes'
import '@/src/staff/shared/staff.scss'

function ShopList() {
  const grids = useGridOptions()
  const [chosenGrid, setGrid] = useState<Grid | null>(null)
  const grid = chosenGrid && grids.ids.includes(chosenGrid) ? chosenGrid : null
  const [tag, setTag] = useState<ShopTag | null>(null)
  const [q, setQ] = useState('')
  const shops = useApiQuery('shops.list', { ...(grid ? { grid } : {}), ...(tag ? { tag } : {}), ...(q ? { q } : {}) })
  useDidShow(shops.reload)
  return (
    <View className='staff-page shop-registry'>
      <SearchBar className='shop-search' value={q} onChange={setQ} placeholder='店名或地址' />
      <Chips name='shops-grid' options={grids.ids} labels={grids.labels} value={grid} onChange={setGrid} />
      <Chips name='shops-tag' options={SHOP_TAGS} labels={SHOP_TAG_LABELS} value={tag} onChange={setTag} />
      <Button className='nx-big-button shop-add' block onClick={() => Taro.navigateTo({ url: '/staff/shops/edit/index' })}>
        新增商户
      </Button>
      <QueryView query={shops} pending={!shops.data} isEmpty={(data) => data.shops.length === 0} empty={<Empty status='empty' title='没有符合条件的商户' />}>
        {(data) => (
          <CellGroup>
            <PagedList
              items={data.shops}
              renderItem={(s) => (
                <Cell
                  key={s.id}
                  className={`shop-row shop-row-${s.id}`}
                  title={`${s.name}${s.tags.length ? ` · ${s.tags.map((t) => SHOP_TAG_LABELS[t]).join('、')}` : ''}`}
                  description={`${grids.labels[s.grid] ?? s.grid} · ${s.contactName ?? '无联系人'} ${s.contactPhone ?? ''}`}
                  extra={s.lastVisitAt ? `上次走访 ${blockTime(s.lastVisitAt).format('MM-DD')}` : '未走访'}
                  clickable
                  onClick={() => Taro.navigateTo({ url: staffShopUrl(s.id) })}
                />
              )}
            />
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}

export default function ShopRegistryPage() {
  return <StaffGate>{() => <ShopList />}</StaffGate>
}
