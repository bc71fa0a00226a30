// h5 (the local debug build; the mini-program takes SpotChooser.tsx): no map picker, the block's landmarks instead.
import { Picker, View } from '@tarojs/components'
import { BLOCK_LANDMARKS, type RiderPosition } from '../location/position'

/** 换个位置: one of the block's landmarks (BLOCK_LANDMARKS), handed to `onChange`. */
export function SpotChooser({ onChange }: { onChange: (position: RiderPosition) => void }) {
  return (
    <Picker mode='selector' range={BLOCK_LANDMARKS.map((spot) => spot.name ?? '')} onChange={(e) => onChange(BLOCK_LANDMARKS[Number(e.detail.value)])}>
      <View className='location-choose'>换个位置</View>
    </Picker>
  )
}
