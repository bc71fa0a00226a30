import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { BLOCK_CENTRE, MAX_LIMIT, MAX_RADIUS_KM } from '@/types/stations.vocab'
import { isStaff, useMe } from '@/src/features/me/useMe'
import { useNearbyStations } from '@/src/features/stations/useNearbyStations'
import { stationDetailUrl } from '@/src/features/stations/routes'
import { Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows, QueryView } from '@/src/shared/ui/QueryStates'
import { EntryList } from '@/src/shared/ui/EntryList'
import { staffEntries } from '@/src/staff/entries'
import { ScopeLine } from '@/src/staff/org/ScopeLine'
import './index.scss'

// Every station of the block, open or not: a radius that covers the whole street.
const ALL_STATIONS = { lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, radiusKm: MAX_RADIUS_KM, openNow: false, limit: MAX_LIMIT }

export default function StaffHomePage() {
  const me = useMe()
  const allowed = isStaff(me.data?.roles)
  const stations = useNearbyStations(allowed ? ALL_STATIONS : null)

  if (me.error) return <ErrorState message={me.error.message} onRetry={me.reload} />
  if (!me.data) return <LoadingRows rows={2} />
  if (!allowed) {
    return (
      <View className='staff-home staff-forbidden'>
        <Empty status='empty' title='仅限网格员和街道管理员' description='如需开通，请联系街道管理员' />
      </View>
    )
  }

  return (
    <View className='staff-home'>
      <ScopeLine />
      <EntryList entries={staffEntries} roles={me.data.roles} />
      <View className='nx-section-title'>驿站开放时间</View>
      <QueryView
        query={stations}
        pending={!stations.data}
        isEmpty={(data) => data.stations.length === 0}
        empty={<Empty status='empty' title='还没有登记的驿站' />}
      >
        {(data) => (
          <CellGroup className='staff-stations'>
            {data.stations.map((station) => (
              <Cell
                key={station.id}
                className='staff-station'
                title={<Text className='staff-station-name'>{station.name}</Text>}
                description={station.hoursText}
                extra={station.openNow ? '营业中' : '已打烊'}
                clickable
                onClick={() => Taro.navigateTo({ url: stationDetailUrl(station.id) })}
              />
            ))}
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}
