import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ROLE_LABELS, type Role } from '@/types/roles'
import { GRANTED_ROLES } from '@/types/users.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { markWritten } from '@/src/shared/query/useApiMutation'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { Button } from '@/src/shared/ui/nutui'
import { confirmAction } from '@/src/shared/ui/confirmAction'

/** One tap per granted role: 开通 or 撤销. An admin's own admin role has no button (the server refuses it too). */
export function RoleSwitches({ openid, roles, isMe }: { openid: string; roles: Role[]; isMe: boolean }) {
  const [busy, setBusy] = useState<Role | null>(null)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)

  const toggle = async (role: Role, granted: boolean) => {
    // Granting 街道管理员 hands over every staff power, including granting roles: ask first.
    if (role === 'admin' && granted) {
      const sure = await confirmAction({
        title: '开通街道管理员？',
        content: '对方将能开通或撤销所有人的身份、发放工作牌、处理统筹指挥哨。对方会在“我的”页面看到新身份。',
        confirmText: '开通',
      })
      if (!sure) return
    }
    setBusy(role)
    setMessage(null)
    try {
      await callApi('users.grantRole', { openid, role, granted })
      setMessage({ text: `已${granted ? '开通' : '撤销'}${ROLE_LABELS[role]}身份`, failed: false })
      markWritten('users.grantRole')
    } catch (err) {
      setMessage({ text: toApiCallError(err).message, failed: true })
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='role-switches'>
      {GRANTED_ROLES.map((role) => {
        const has = roles.includes(role)
        const locked = isMe && role === 'admin'
        return (
          <View key={role} className={`role-switch role-switch-${role}`}>
            <Text className='role-switch__label'>
              {ROLE_LABELS[role]} · {has ? '已开通' : '未开通'}
            </Text>
            {locked ? (
              <Text className='role-switch__note'>不能撤销自己的管理员身份</Text>
            ) : (
              <Button
                className={`role-toggle role-toggle-${role}`}
                type={has ? 'default' : 'primary'}
                loading={busy === role}
                disabled={busy !== null}
                onClick={() => toggle(role, !has)}
              >
                {has ? '撤销' : '开通'}
              </Button>
            )}
          </View>
        )
      })}
      {message && <Text className={`role-switches__message${message.failed ? ' role-switches__message--failed' : ''}`}>{message.text}</Text>}
    </View>
  )
}
