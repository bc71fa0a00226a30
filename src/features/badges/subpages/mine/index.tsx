import { Text, View } from '@tarojs/components'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Empty, Tag } from '@/src/shared/ui/nutui'
import { DataAge, ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { BadgeCard } from '@/src/features/badges/components/BadgeCard'
import { LocalBadgeCode } from '@/src/features/badges/components/LocalBadgeCode'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'

const NO_INPUT = {} as Record<string, never>

/** A staff member shows this when someone asks "你是谁?": they scan the code to check it. */
export default function MyBadgePage() {
  const query = useApiQuery('badges.mine', NO_INPUT)
  const { data, error, reload } = query
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows rows={2} />
  const badge = data.badge
  if (!badge) return <Empty className='badge-none' status='empty' title='还没有工作牌' description='请联系街道管理员在“工作牌管理”中办理' />
  const expired = new Date(badge.validUntil).getTime() <= Date.now()
  return (
    <View className='my-badge-page'>
      <DataAge query={query} />
      <PrivacyPopup />
      <BadgeCard badge={badge}>
        {expired ? <Tag type='default'>已过期，请联系街道续办</Tag> : <QrCodeImage className='badge-qr' content={badge.code} />}
        <Text className='badge-hint'>请对方在“暖新街区 → 服务 → 验证工作牌”扫码核验</Text>
      </BadgeCard>
      <LocalBadgeCode code={badge.code} />
    </View>
  )
}
