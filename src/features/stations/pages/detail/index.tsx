import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { STATION_KIND_LABELS } from '@/types/stations.vocab'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { DataAge, ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { AmenityIcons } from '@/src/features/stations/components/AmenityIcons'
import { describeOpening } from '@/src/features/stations/format'
import { StationCoords } from '@/src/features/stations/components/StationCoords'
import { mapButtonLabel, openOnMap } from '@/src/shared/platform/openMap'
import { useStation } from '@/src/features/stations/useStation'
import { PerksNearStation } from '@/src/features/projects/components/PerksNearStation'
import { useSharing } from '@/src/shared/share/useSharing'
import { stationShare } from '@/src/features/stations/share'
import './index.scss'

export default function StationDetailPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const query = useStation(id)
  const { data: station, error, reload } = query
  useSharing(station ? stationShare(station) : null)

  if (!id || error?.code === 'NOT_FOUND' || error?.code === 'INVALID_INPUT') {
    return (
      <View className='station-detail station-not-found'>
        <Empty status='empty' title='没有找到这个驿站' description='它可能已经撤销，回到列表看看附近其他驿站' />
        <Button className='nx-big-button' type='primary' block onClick={() => Taro.switchTab({ url: '/features/stations/pages/list/index' })}>
          返回驿站列表
        </Button>
      </View>
    )
  }
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!station) return <LoadingRows rows={2} />

  const opening = describeOpening(station, new Date())
  return (
    <View className='station-detail'>
      <DataAge query={query} />
      <View className='station-detail__head'>
        {station.kind && station.kind !== 'station' && (
          <Tag className={`station-kind station-kind-${station.kind}`} type='warning'>
            {STATION_KIND_LABELS[station.kind]}
          </Tag>
        )}
        <Text className='station-detail-name'>{station.name}</Text>
        <View className='station-detail__status'>
          <Tag className='station-detail-status' type={opening.closingSoon ? 'warning' : opening.open ? 'success' : 'default'}>
            {opening.label}
          </Tag>
          <Text className='station-detail-opening'>{opening.detail}</Text>
        </View>
      </View>

      <Button className='nx-big-button nav-button' type='primary' block onClick={() => openOnMap(station)}>
        {mapButtonLabel('导航')}
      </Button>

      <Button
        className='nx-big-button report-station-problem'
        block
        onClick={() => Taro.navigateTo({ url: `/features/needs/subpages/submit/index?stationId=${encodeURIComponent(station.id)}` })}
      >
        报告问题
      </Button>
      <CellGroup>
        <Cell className='station-detail-hours' title='开放时间' extra={station.hoursText} />
        <Cell className='station-detail-address' title='地址' description={station.address} />
        <StationCoords station={station} />
        {station.phone ? (
          <Cell
            className='station-detail-phone'
            title='电话'
            extra={`${station.phone}  拨打`}
            clickable
            onClick={() => Taro.makePhoneCall({ phoneNumber: station.phone as string })}
          />
        ) : (
          <Cell className='station-detail-phone' title='电话' extra='暂无' />
        )}
      </CellGroup>

      <View className='nx-section-title'>设施</View>
      <View className='station-detail__amenities'>
        {station.amenities.length > 0 ? <AmenityIcons amenities={station.amenities} large /> : <Text>暂无登记的设施</Text>}
      </View>

      {station.description && (
        <>
          <View className='nx-section-title'>介绍</View>
          <Text className='station-detail-description'>{station.description}</Text>
        </>
      )}
      <PerksNearStation lat={station.lat} lng={station.lng} />
    </View>
  )
}
