import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import './HomeBlockNudge.scss'

/** 我的街区 (features/org/subpages/homeblock). */
export const HOME_BLOCK_PAGE = '/features/org/subpages/homeblock/index'

const NO_INPUT = {} as const

/**
 * A line for people who have not picked a home block yet: the 活动 and 公告 lists then show every block's
 * records; a tap opens 我的街区. Renders nothing once a block is chosen (or while that is not known).
 */
export function HomeBlockNudge({ what }: { what: string }) {
  const mine = useApiQuery('org.myBlock', NO_INPUT)
  if (!mine.data || mine.data.blockId) return null
  return (
    <View className='home-block-nudge' onClick={() => Taro.navigateTo({ url: HOME_BLOCK_PAGE })}>
      <Text>{`还没有选择我的街区，正在显示所有街区的${what}。点此选择，只看本街区和全街道的${what} ›`}</Text>
    </View>
  )
}
