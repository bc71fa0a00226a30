import { View } from '@tarojs/components'
import { EntryList } from '@/src/shared/ui/EntryList'
import { Empty } from '@/src/shared/ui/nutui'
import { useMe } from '@/src/features/me/useMe'
import { serviceEntries } from '@/src/features/services/entries'
import './index.scss'
import { EmergencyBanner } from '@/src/features/notices/components/EmergencyBanner'
import { TextScaleMeta } from '@/src/features/me/components/TextScaleMeta'

/** The 服务 tab: one list of what the block offers, filtered to what this person can use. */
export default function ServicesPage() {
  const { data: me } = useMe()
  return (
    <>
      <TextScaleMeta />
      <View className='services-page'>
        <EmergencyBanner />
        {serviceEntries.length === 0 ? (
          <Empty className='services-empty' description='街区服务即将上线' />
        ) : (
          <EntryList entries={serviceEntries} roles={me?.roles} />
        )}
      </View>
    </>
  )
}
