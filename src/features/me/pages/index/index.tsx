import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS } from '@/types/roles'
import { Cell, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { LocalIdentity } from '@/src/features/me/components/LocalIdentity'
import { RoleChooser } from '@/src/features/me/components/RoleChooser'
import { LargerTextSwitch } from '@/src/features/me/components/LargerTextSwitch'
import { TextScaleMeta } from '@/src/features/me/components/TextScaleMeta'
import { isStaff, useMe } from '@/src/features/me/useMe'
import { EntryList } from '@/src/shared/ui/EntryList'
import { myEntries } from '@/src/features/me/entries'
import './index.scss'
import { EmergencyBanner } from '@/src/features/notices/components/EmergencyBanner'

export const STAFF_HOME_PAGE = '/staff/pages/home/index'

export default function MePage() {
  const { data: me, error, loading, reload } = useMe()

  let body: JSX.Element
  if (error) body = <ErrorState message={error.message} onRetry={reload} />
  else if (loading && !me) body = <LoadingRows rows={2} />
  else if (!me) body = <LoadingRows rows={2} />
  else
    body = (
      <>
        <View className='me-card'>
          <Text className='me-name'>{me.nickname || '街区朋友'}</Text>
          <View className='me-roles'>
            {me.roles.length === 0 ? (
              <Text className='me-roles__none'>还没有选择身份</Text>
            ) : (
              me.roles.map((role) => (
                <Tag key={role} className={`me-role me-role-${role}`} type='primary' plain>
                  {ROLE_LABELS[role]}
                </Tag>
              ))
            )}
          </View>
        </View>

        <EntryList entries={myEntries} roles={me.roles} />

        <View className='nx-section-title'>我的身份</View>
        <RoleChooser roles={me.roles} />

        {isStaff(me.roles) && (
          <>
            <View className='nx-section-title'>工作</View>
            <View className='me-staff'>
              <Cell
                className='staff-entry'
                title='工作台'
                description='网格员、街道管理员使用'
                extra='进入'
                clickable
                onClick={() => Taro.navigateTo({ url: STAFF_HOME_PAGE })}
              />
            </View>
          </>
        )}
      </>
    )

  return (
    <>
      <TextScaleMeta />
      <View className='me-page'>
        <EmergencyBanner />
        {body}
        <LargerTextSwitch />
        <LocalIdentity />
      </View>
    </>
  )
}
