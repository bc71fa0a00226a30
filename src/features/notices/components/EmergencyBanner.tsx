import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { NoticeBar } from '@/src/shared/ui/nutui'
import { noticeDetailUrl } from '../routes'
import { useActiveEmergencies } from '../useNotices'
import './EmergencyBanner.scss'

/**
 * A red strip at the top of each tab page while an emergency notice (e.g. a typhoon warning) is in force.
 * Quiet when there is none or the read fails: the page below must still work.
 */
export function EmergencyBanner() {
  const { data } = useActiveEmergencies()
  const emergencies = data?.emergencies ?? []
  if (emergencies.length === 0) return null
  return (
    <View className='emergency-banner'>
      {emergencies.map((emergency) => (
        <View key={emergency.id} className='emergency-banner__item' onClick={() => Taro.navigateTo({ url: noticeDetailUrl(emergency.id) })}>
          <NoticeBar className='emergency-banner-text' content={`⚠ ${emergency.title}（点此查看避难点与详情）`} wrap leftIcon={null} />
        </View>
      ))}
    </View>
  )
}
