import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { SHOP_TAG_LABELS, type Grid } from '@/types/shops.vocab'
import type { DueVisitShop } from '@/types/visits'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'

/** A month without a visit is worth flagging (十必访: shops that are new, distinctive or in difficulty first). */
const LONG_AGO_DAYS = 30

function sinceText(shop: DueVisitShop): string {
  if (shop.daysSinceVisit === null) return '从未走访'
  if (shop.daysSinceVisit === 0) return '今天已走访'
  return `${shop.daysSinceVisit} 天未走访`
}

export const logVisitUrl = (shopId: string) => `/staff/visits/log/index?shopId=${encodeURIComponent(shopId)}`

/** The grid's shops, the longest since their last visit first, each one tap from the visit form. */
export function DueShops({ grid }: { grid: Grid }) {
  const due = useApiQuery('visits.due', { grid })
  useDidShow(due.reload)
  return (
    <QueryView query={due} pending={!due.data} isEmpty={(data) => data.shops.length === 0} empty={<Empty status='empty' title='这个网格还没有商户' />}>
      {(data) => (
        <View className='visit-round-list'>
          {data.shops.map((s) => (
            <View key={s.id} className={`visit-round-row visit-round-row-${s.id}`}>
              <View className='visit-round-row__head'>
                <Text className='visit-round-row__name'>{s.name}</Text>
                <Text
                  className={`visit-round-row__since${s.daysSinceVisit !== null && s.daysSinceVisit < LONG_AGO_DAYS ? ' visit-round-row__since--recent' : ''}`}
                >
                  {sinceText(s)}
                </Text>
              </View>
              <Text className='staff-line'>
                {s.address}
                {s.tags.length ? ` · ${s.tags.map((t) => SHOP_TAG_LABELS[t]).join('、')}` : ''}
              </Text>
              <Button
                className={`nx-big-button visit-round-log visit-round-log-${s.id}`}
                type='primary'
                block
                onClick={() => Taro.navigateTo({ url: logVisitUrl(s.id) })}
              >
                记录走访
              </Button>
            </View>
          ))}
        </View>
      )}
    </QueryView>
  )
}
