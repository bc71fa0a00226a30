import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ClaimStatusTag } from '@/src/features/projects/components/ClaimStatusTag'
import { useFulfilments } from '@/src/features/projects/useProjects'
import { FulfilForm } from './FulfilForm'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import '@/src/features/projects/projects.scss'

/** One claim's fulfilment log; the shop's managers add to it (staff see it read-only: the server decides). */
export default function ClaimPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const { data, error, reload } = useFulfilments(id)
  if (!id || error?.code === 'NOT_FOUND') return <Empty title='没有找到这条认领' />
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  const { claim, fulfilments } = data
  const canFulfil = claim.status === 'approved' || claim.status === 'active'
  return (
    <View className='projects-page claim-page'>
      <PrivacyPopup />
      <View className='projects-card'>
        <Text className='projects-card__title'>
          {claim.projectName} · {claim.shopName}
        </Text>
        <ClaimStatusTag status={claim.status} />
        <Text className='projects-card__line'>承诺：{claim.commitment}</Text>
      </View>
      {canFulfil && <FulfilForm claimId={claim.id} />}
      <View className='nx-section-title'>履约记录</View>
      {fulfilments.length === 0 ? (
        <Empty title='还没有履约记录' />
      ) : (
        fulfilments.map((f) => (
          <View key={f.id} className='projects-card fulfilment-item'>
            <Text className='projects-card__line'>
              {f.date} {f.given}
            </Text>
            {f.photoUrl && <Image src={f.photoUrl} mode='aspectFill' style={{ width: '200px', height: '200px' }} />}
          </View>
        ))
      )}
    </View>
  )
}
