import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo } from 'react'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { formatDistance } from '@/src/features/stations/format'
import { useRiderPosition } from '@/src/features/stations/location/useRiderPosition'
import { mapButtonLabel, openOnMap } from '@/src/shared/platform/openMap'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import './index.scss'

/**
 * 联系卡: the nearest party-mass service positions, their hours and featured activities, one tap to go or call.
 * It asks for the location (getLocation), so it renders the privacy popup whatever state the list is in: without
 * it WeChat's privacy request has no one to answer it and the page would wait on its skeleton for ever.
 */
export default function ContactCardPage() {
  return (
    <>
      <PrivacyPopup />
      <NearbyPositions />
    </>
  )
}

function NearbyPositions() {
  const { position } = useRiderPosition()
  const input = useMemo(() => (position ? { lat: position.lat, lng: position.lng } : null), [position])
  const { data, error, reload } = useApiQuery('positions.nearby', input)

  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  if (data.positions.length === 0) return <Empty className='positions-empty' status='empty' title='附近还没有登记的党群阵地' />
  return (
    <View className='contact-card-page'>
      {data.positions.map((p, i) => (
        <View key={p.id} className={`position-card position-card-${p.id}`}>
          <View className='position-card__head'>
            {i === 0 && <Tag type='danger'>最近</Tag>}
            <Text className='position-name'>{p.name}</Text>
            {p.distanceM !== undefined && <Text className='position-distance'>{formatDistance(p.distanceM)}</Text>}
          </View>
          <CellGroup>
            <Cell title='地址' description={p.address} />
            <Cell title='开放时间' extra={p.hours} />
            {p.phone && (
              <Cell
                className='position-call'
                title='电话'
                extra={`${p.phone}  拨打`}
                clickable
                onClick={() => Taro.makePhoneCall({ phoneNumber: p.phone as string })}
              />
            )}
          </CellGroup>
          {p.featured.length > 0 && (
            <View className='position-featured'>
              <Text className='position-featured__label'>特色活动</Text>
              {p.featured.map((f) => (
                <Tag key={f} className='position-featured-item' type='primary' plain>
                  {f}
                </Tag>
              ))}
            </View>
          )}
          <Button className='nx-big-button position-nav' type='primary' block onClick={() => openOnMap(p)}>
            {mapButtonLabel('导航过去')}
          </Button>
        </View>
      ))}
    </View>
  )
}
