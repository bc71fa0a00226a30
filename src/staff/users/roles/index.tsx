import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS } from '@/types/roles'
import { useMe } from '@/src/features/me/useMe'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { PersonCodeField } from '../PersonCodeField'
import { RoleSwitches } from './RoleSwitches'
import './index.scss'

function PersonRoles({ openid, myOpenid }: { openid: string; myOpenid: string }) {
  const person = useApiQuery('users.get', { openid })
  if (person.error) return <ErrorState message={person.error.message} onRetry={person.reload} />
  if (!person.data) return <LoadingRows rows={3} />
  const { nickname, roles, registered } = person.data
  return (
    <View className='roles-person'>
      <Text className='roles-person__name'>{nickname || '未设置昵称'}</Text>
      {!registered && <Text className='roles-person__note'>此人还没有在小程序里保存过资料，开通后即生效</Text>}
      <View className='roles-person__tags'>
        {roles.map((role) => (
          <Tag key={role} type='primary' plain className={`roles-current-${role}`}>
            {ROLE_LABELS[role]}
          </Tag>
        ))}
      </View>
      <RoleSwitches openid={openid} roles={roles} isMe={openid === myOpenid} />
    </View>
  )
}

/** The street office grants and withdraws granted roles, picking the person by their ID code — nothing typed. */
export default function UserRolesPage() {
  const me = useMe()
  const [openid, setOpenid] = useState('')
  if (me.error) return <ErrorState message={me.error.message} onRetry={me.reload} />
  if (!me.data) return <LoadingRows rows={2} />
  if (!me.data.roles.includes('admin')) {
    return (
      <View className='roles-forbidden'>
        <Empty status='empty' title='仅限街道管理员' description='开通或撤销身份请联系街道管理员' />
      </View>
    )
  }
  return (
    <View className='roles-page'>
      <PrivacyPopup />
      <View className='nx-section-title'>选择人员</View>
      <PersonCodeField title='人员' openid={openid} onChange={setOpenid} />
      {openid ? (
        <PersonRoles key={openid} openid={openid} myOpenid={me.data.openid} />
      ) : (
        <Empty status='empty' title='请先扫描对方的身份码' description='对方打开“我的 → 我的身份码”即可' />
      )}
    </View>
  )
}
