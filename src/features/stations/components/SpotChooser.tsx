// weapp (Taro's default file; the h5 build takes SpotChooser.h5.tsx): another spot picked on WeChat's map.
import { Button } from '@/src/shared/ui/nutui'
import { chooseSpotOnMap, type RiderPosition } from '../location/position'

/** 换个位置: picks a spot on the map (chooseSpotOnMap) and hands it to `onChange`; closing the map changes nothing. */
export function SpotChooser({ onChange }: { onChange: (position: RiderPosition) => void }) {
  const pickOnMap = async () => {
    const spot = await chooseSpotOnMap()
    if (spot) onChange(spot)
  }
  return (
    <Button className='location-choose' size='small' fill='outline' onClick={pickOnMap}>
      换个位置
    </Button>
  )
}
