import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import { blockTime } from '@/src/shared/time'
import { SHOP_CATEGORY_LABELS, SHOP_TAG_LABELS } from '@/types/shops.vocab'
import { PARTY_MEMBERSHIP_LABELS } from '@/types/visits.vocab'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows, QueryView } from '@/src/shared/ui/QueryStates'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { useGridNames } from '@/src/features/org/useGridNames'
import { SHOP_SAVED } from '../edit/shopForm'
import { ShopManagers } from './ShopManagers'
import '@/src/staff/shared/staff.scss'

function ShopFile({ id }: { id: string }) {
  const shop = useApiQuery('shops.get', { shopId: id })
  const visits = useApiQuery('visits.list', { shopId: id, limit: 20 })
  const { gridName } = useGridNames()
  useDidShow(visits.reload)
  // Saved on the edit page: read the shop again (only then: each read of the contact is logged).
  const reloadShop = shop.reload
  useEffect(() => {
    const onSaved = (savedId: string) => savedId === id && reloadShop()
    Taro.eventCenter.on(SHOP_SAVED, onSaved)
    return () => void Taro.eventCenter.off(SHOP_SAVED, onSaved)
  }, [id, reloadShop])
  if (shop.error?.code === 'NOT_FOUND') return <Empty status='empty' title='没有找到这家店' />
  if (shop.error) return <ErrorState message={shop.error.message} onRetry={shop.reload} />
  if (!shop.data) return <LoadingRows rows={2} />
  const s = shop.data
  return (
    <View className='staff-page shop-file'>
      <PrivacyPopup />
      <View className='staff-card'>
        <Text className='staff-card__title shop-file-name'>{s.name}</Text>
        <Text className='staff-line'>{s.address}</Text>
        <Text className='staff-line'>
          <Text className='shop-file-grid'>{gridName(s.grid)}</Text> · {SHOP_CATEGORY_LABELS[s.category]} {s.tags.map((t) => SHOP_TAG_LABELS[t]).join('、')}
        </Text>
        {s.contact ? (
          <Cell
            className='shop-contact'
            title={`联系人 ${s.contact.name}`}
            extra={`${s.contact.phone} 拨打`}
            clickable
            onClick={() => Taro.makePhoneCall({ phoneNumber: s.contact!.phone })}
          />
        ) : (
          <Text className='staff-line'>暂无联系人</Text>
        )}
        {s.pastContacts.map((c) => (
          <Text key={c.from} className='staff-line shop-past-contact'>
            曾经：{c.name} {c.phone}（至 {c.to ? blockTime(c.to).format('YYYY-MM-DD') : '今'}）
          </Text>
        ))}
      </View>
      <ShopManagers shop={s} />
      <Button className='nx-big-button shop-edit' block onClick={() => Taro.navigateTo({ url: `/staff/shops/edit/index?id=${encodeURIComponent(id)}` })}>
        编辑
      </Button>
      <Button
        className='nx-big-button shop-log-visit'
        type='primary'
        block
        onClick={() => Taro.navigateTo({ url: `/staff/visits/log/index?shopId=${encodeURIComponent(id)}` })}
      >
        记录走访
      </Button>
      <View className='nx-section-title'>走访记录</View>
      <QueryView query={visits} isEmpty={(data) => data.visits.length === 0} empty={<Empty status='empty' title='还没有走访过' />}>
        {(data) => (
          <CellGroup>
            {data.visits.map((v) => (
              <Cell
                key={v.id}
                className='shop-visit'
                title={v.date}
                description={[
                  v.answers ? PARTY_MEMBERSHIP_LABELS[v.answers.partyMembers] : null,
                  v.answers?.difficulties ? `困难：${v.answers.difficulties}` : null,
                  v.notes,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                extra={v.needId ? '已转诉求' : ''}
              />
            ))}
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}

export default function ShopFilePage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : ''
  return <StaffGate>{() => (id ? <ShopFile id={id} /> : <Empty status='empty' title='没有找到这家店' />)}</StaffGate>
}
