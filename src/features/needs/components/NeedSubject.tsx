import { Text } from '@tarojs/components'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { useStation } from '@/src/features/stations/useStation'

const NO_INPUT = {} as Record<string, never>

/** "关于驿站：新华驿站" — the name a person knows, never the internal id (shown as … while it loads). */
export function StationSubject({ stationId }: { stationId: string }) {
  const { data, error } = useStation(stationId)
  return <Text className='need-prefill need-prefill-station'>关于驿站：{data?.name ?? (error ? '（驿站已不在列表中）' : '…')}</Text>
}

/** "关于商户：新华咖啡" — from the shops the person manages. */
export function ShopSubject({ shopId }: { shopId: string }) {
  const { data, error } = useApiQuery('shops.mine', NO_INPUT)
  const shop = data?.shops.find((s) => s.id === shopId)
  return <Text className='need-prefill need-prefill-shop'>关于商户：{shop?.name ?? (data || error ? '你的店铺' : '…')}</Text>
}
