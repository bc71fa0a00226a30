import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLE_LABELS } from '@/types/roles'
import { userCodeOf } from '@/types/users.vocab'
import { Button, Empty, Tag } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { useMe } from '@/src/features/me/useMe'
import './index.scss'

/**
 * The person's own ID code, for staff to scan instead of typing an openid (granting a role, issuing a badge,
 * attaching a shop manager). It identifies; it proves nothing: every action still checks the caller on the server.
 */
export default function MyIdCodePage() {
  const { data: me, error, reload } = useMe()
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!me) return <LoadingRows rows={3} />
  if (!me.openid) return <Empty status='empty' title='还没有登录' description='请在微信中打开小程序后再试' />

  const code = userCodeOf(me.openid)
  return (
    <View className='idcode-page'>
      <PrivacyPopup />
      <View className='idcode-card'>
        <Text className='idcode-name'>{me.nickname || '街区朋友'}</Text>
        <View className='idcode-roles'>
          {me.roles.map((role) => (
            <Tag key={role} type='primary' plain>
              {ROLE_LABELS[role]}
            </Tag>
          ))}
        </View>
        <QrCodeImage className='idcode-qr' content={code} />
        <Text className='idcode-hint'>请网格员或街道管理员扫码，为你开通身份、发放工作牌或登记为店铺负责人</Text>
        <Text className='idcode-label'>身份码（扫码不便时可复制发送）</Text>
        <Text className='idcode-text' userSelect>
          {code}
        </Text>
        <Button className='nx-big-button idcode-copy' block onClick={() => Taro.setClipboardData({ data: code })}>
          复制身份码
        </Button>
        <Text className='idcode-note'>身份码只用来让工作人员认出你，不能用来登录，也不能代替你操作。</Text>
      </View>
    </View>
  )
}
