import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { StationView } from '@/types/stations'
import { DEFAULT_RADIUS_KM, MAX_RADIUS_KM, type Amenity } from '@/types/stations.vocab'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { LocationBar } from '@/src/features/stations/components/LocationBar'
import { StationFilters } from '@/src/features/stations/components/StationFilters'
import { StationListItem } from '@/src/features/stations/components/StationListItem'
import { StationMap } from '@/src/features/stations/components/StationMap'
import { useRiderPosition } from '@/src/features/stations/location/useRiderPosition'
import { stationDetailUrl } from '@/src/features/stations/routes'
import { useNearbyStations } from '@/src/features/stations/useNearbyStations'
import { useReloadAtNextChange } from '@/src/features/stations/nextChange'
import { CAN_SHOW_MAP } from '@/src/features/stations/stationMapShown'
import './index.scss'
import { EmergencyBanner } from '@/src/features/notices/components/EmergencyBanner'
import { TextScaleMeta } from '@/src/features/me/components/TextScaleMeta'

const WIDER_RADIUS_KM = Math.min(10, MAX_RADIUS_KM)

export default function StationListPage() {
  const { position, setPosition } = useRiderPosition()
  // Riders want one that is open now: the filter starts on.
  const [openNow, setOpenNow] = useState(true)
  const [amenities, setAmenities] = useState<Amenity[]>([])
  const [radiusKm, setRadiusKm] = useState(DEFAULT_RADIUS_KM)
  const [view, setView] = useState<'list' | 'map'>('list')

  const input = useMemo(
    () =>
      position === null
        ? null
        : {
            lat: position.lat,
            lng: position.lng,
            radiusKm,
            openNow,
            ...(amenities.length > 0 ? { amenities } : {}),
          },
    [position, radiusKm, openNow, amenities],
  )
  const nearby = useNearbyStations(input)
  // A station in the list closes (or turns 即将打烊, or opens): ask again, so an open-now list stays true.
  useReloadAtNextChange(nearby.data?.stations, nearby.reload)

  usePullDownRefresh(() => {
    nearby.reload()
    Taro.stopPullDownRefresh()
  })

  const toggleAmenity = (amenity: Amenity) =>
    setAmenities((current) => (current.includes(amenity) ? current.filter((a) => a !== amenity) : [...current, amenity]))
  const openStation = (station: StationView) => Taro.navigateTo({ url: stationDetailUrl(station.id) })
  const hasFilters = openNow || amenities.length > 0
  const clearFilters = () => {
    setOpenNow(false)
    setAmenities([])
  }

  const now = new Date()

  return (
    <>
      <TextScaleMeta />
      <View className='station-list-page'>
        <EmergencyBanner />
        <PrivacyPopup />
        <LocationBar position={position} onChange={setPosition} />
        <StationFilters openNow={openNow} amenities={amenities} onOpenNowChange={setOpenNow} onToggleAmenity={toggleAmenity} />

        {CAN_SHOW_MAP && (
          <View className='view-toggle'>
            <View className={`view-toggle-list${view === 'list' ? ' view-toggle--on' : ''}`} onClick={() => setView('list')}>
              列表
            </View>
            <View className={`view-toggle-map${view === 'map' ? ' view-toggle--on' : ''}`} onClick={() => setView('map')}>
              地图
            </View>
          </View>
        )}

        <QueryView
          query={nearby}
          pending={position === null || (nearby.loading && !nearby.data)}
          isEmpty={(data) => data.stations.length === 0}
          empty={
            <View className='station-empty'>
              <Empty status='empty' title={`附近 ${radiusKm} 公里内没有符合条件的驿站`} description='试试扩大范围，或者放宽筛选条件' />
              {radiusKm < WIDER_RADIUS_KM && (
                <Button className='nx-big-button widen-radius' type='primary' block onClick={() => setRadiusKm(WIDER_RADIUS_KM)}>
                  扩大到 {WIDER_RADIUS_KM} 公里
                </Button>
              )}
              {hasFilters && (
                <Button className='nx-big-button clear-filters' fill='outline' block onClick={clearFilters}>
                  清除筛选
                </Button>
              )}
            </View>
          }
        >
          {({ centre, emergency, stations }) =>
            CAN_SHOW_MAP && view === 'map' ? (
              <StationMap centre={centre} stations={stations} onOpen={openStation} />
            ) : (
              <View className={nearby.loading ? 'station-list station-list--refreshing' : 'station-list'}>
                <Text className='station-count'>
                  {radiusKm} 公里内 {stations.length} 个驿站{openNow ? '正在营业' : ''}
                  {emergency ? '（应急期间，含临时避难点和存放点）' : ''}
                </Text>
                {stations.map((station) => (
                  <StationListItem key={station.id} station={station} now={now} onOpen={openStation} />
                ))}
              </View>
            )
          }
        </QueryView>
      </View>
    </>
  )
}
