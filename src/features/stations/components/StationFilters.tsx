import { Text, View } from '@tarojs/components'
import { AMENITIES, AMENITY_LABELS, type Amenity } from '@/types/stations.vocab'
import { Switch, Tag } from '@/src/shared/ui/nutui'
import './StationFilters.scss'

interface Props {
  openNow: boolean
  amenities: Amenity[]
  onOpenNowChange: (openNow: boolean) => void
  onToggleAmenity: (amenity: Amenity) => void
}

/** "只看营业中" and the amenity chips; the whole row/chip is the tap target, not just the small switch. */
export function StationFilters({ openNow, amenities, onOpenNowChange, onToggleAmenity }: Props) {
  return (
    <View className='station-filters'>
      <View className='filter-open-now' onClick={() => onOpenNowChange(!openNow)}>
        <Text className='filter-open-now__label'>只看营业中</Text>
        {/* The row handles the tap; the switch only shows the state. */}
        <Switch className='filter-open-now__switch' checked={openNow} style={{ pointerEvents: 'none' }} />
      </View>
      <View className='amenity-chips'>
        {AMENITIES.map((amenity) => {
          const selected = amenities.includes(amenity)
          return (
            <View
              key={amenity}
              className={`amenity-chip amenity-chip-${amenity}${selected ? ' amenity-chip--selected' : ''}`}
              onClick={() => onToggleAmenity(amenity)}
            >
              <Tag type={selected ? 'primary' : 'default'} plain={!selected} round>
                {AMENITY_LABELS[amenity].icon} {AMENITY_LABELS[amenity].label}
              </Tag>
            </View>
          )
        })}
      </View>
    </View>
  )
}
