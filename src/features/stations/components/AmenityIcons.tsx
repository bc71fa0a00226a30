import { Text, View } from '@tarojs/components'
import { AMENITY_LABELS, type Amenity } from '@/types/stations.vocab'
import './AmenityIcons.scss'

/** The station's kit as icon + word ("❄ 空调"), so it reads without a legend. */
export function AmenityIcons({ amenities, large = false }: { amenities: Amenity[]; large?: boolean }) {
  if (amenities.length === 0) return null
  return (
    <View className={large ? 'station-amenities station-amenities--large' : 'station-amenities'}>
      {amenities.map((amenity) => (
        <Text key={amenity} className={`station-amenity station-amenity-${amenity}`}>
          {AMENITY_LABELS[amenity].icon} {AMENITY_LABELS[amenity].label}
        </Text>
      ))}
    </View>
  )
}
