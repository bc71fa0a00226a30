import { Text, View } from '@tarojs/components'
import type { StationView } from '@/types/stations'
import { STATION_KIND_LABELS } from '@/types/stations.vocab'
import { Cell, Tag } from '@/src/shared/ui/nutui'
import { describeOpening, formatDistance } from '../format'
import { AmenityIcons } from './AmenityIcons'
import './StationListItem.scss'

interface Props {
  station: StationView
  now: Date
  onOpen: (station: StationView) => void
}

/** One row of the nearby list: the answer a rider needs at a glance — how far, open or not, until when. */
export function StationListItem({ station, now, onOpen }: Props) {
  const opening = describeOpening(station, now)
  return (
    <Cell className='station-item' clickable onClick={() => onOpen(station)}>
      <View className='station-item__body'>
        <View className='station-item__head'>
          {station.kind && station.kind !== 'station' && (
            <Tag className={`station-kind station-kind-${station.kind}`} type='warning'>
              {STATION_KIND_LABELS[station.kind]}
            </Tag>
          )}
          <Text className='station-name'>{station.name}</Text>
          {station.distanceM !== undefined && <Text className='station-distance'>{formatDistance(station.distanceM)}</Text>}
        </View>
        <View className='station-item__status'>
          <Tag
            className={`station-status ${opening.closingSoon ? 'station-status--closing-soon' : opening.open ? 'station-status--open' : 'station-status--closed'}`}
            type={opening.closingSoon ? 'warning' : opening.open ? 'success' : 'default'}
          >
            {opening.label}
          </Tag>
          <Text className='station-opening'>{opening.detail}</Text>
        </View>
        <AmenityIcons amenities={station.amenities} />
      </View>
    </Cell>
  )
}
