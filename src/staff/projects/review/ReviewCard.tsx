import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ClaimView } from '@/types/projects'
import { ClaimStatusTag } from '@/src/features/projects/components/ClaimStatusTag'
import { claimUrl } from '@/src/features/projects/routes'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'
import { confirmAction } from '@/src/shared/ui/confirmAction'

/** One claim: approve, reject with a reason, mark completed, or open its fulfilment log. */
export function ReviewCard({ claim }: { claim: ClaimView }) {
  const [reason, setReason] = useState('')
  const [rejecting, setRejecting] = useState(false)
  const { mutate: submit, busy } = useApiMutation('projects.review')
  const approve = async () => {
    const sure = await confirmAction({
      title: '通过这条认领？',
      content: `「${claim.shopName}」将占用「${claim.projectName}」的一个名额并出现在公益墙上，店家会在“我的认领”看到结果。`,
      confirmText: '通过',
    })
    if (sure) await submit({ claimId: claim.id, decision: 'approve' })
  }
  return (
    <View className={`projects-card review-claim review-claim-${claim.projectId}-${claim.shopId}`}>
      <Text className='projects-card__title'>
        {claim.shopName} · {claim.projectName}
      </Text>
      <ClaimStatusTag status={claim.status} />
      <Text className='projects-card__line'>承诺：{claim.commitment}</Text>
      {rejecting && <TextArea value={reason} onChange={setReason} maxLength={200} placeholder='请写明驳回理由，店家会看到' />}
      <View className='projects-actions'>
        {claim.status === 'pending' && !rejecting && (
          <Button className='nx-big-button review-approve' type='primary' loading={busy} onClick={() => void approve()}>
            通过
          </Button>
        )}
        {claim.status === 'pending' && (
          <Button
            className='nx-big-button review-reject'
            type='danger'
            loading={busy}
            onClick={() => (rejecting ? submit({ claimId: claim.id, decision: 'reject', reason: reason.trim() }) : setRejecting(true))}
          >
            {rejecting ? '确认驳回' : '驳回'}
          </Button>
        )}
        {(claim.status === 'approved' || claim.status === 'active') && (
          <Button className='nx-big-button' loading={busy} onClick={() => submit({ claimId: claim.id, decision: 'complete' })}>
            标记完成
          </Button>
        )}
        <Button className='nx-big-button' onClick={() => Taro.navigateTo({ url: claimUrl(claim.id) })}>
          履约 {claim.fulfilmentCount}
        </Button>
      </View>
    </View>
  )
}
