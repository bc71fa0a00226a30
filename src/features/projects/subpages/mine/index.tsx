import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ClaimStatusTag } from '@/src/features/projects/components/ClaimStatusTag'
import { claimUrl, PROJECT_CATALOGUE_PAGE } from '@/src/features/projects/routes'
import { useMyClaims } from '@/src/features/projects/useProjects'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { IntentForm } from './IntentForm'
import '@/src/features/projects/projects.scss'

/** A merchant's claims — every claim their shops ever made, whoever made it — and the intent form. */
export default function MyClaimsPage() {
  const { data, error, reload } = useMyClaims()
  const withdraw = useApiMutation('projects.withdraw', reload)
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  if (data.shops.length === 0) return <Empty title='你还没有关联店铺' description='请联系网格员把你登记为店铺负责人' />
  return (
    <View className='projects-page my-claims'>
      {data.claims.length === 0 && <Empty title='还没有认领' description='去公益项目看看' />}
      {data.claims.map((c) => (
        <View key={c.id} className={`projects-card my-claim my-claim-${c.projectId}`}>
          <Text className='projects-card__title'>
            {c.projectName} · {c.shopName}
          </Text>
          <ClaimStatusTag status={c.status} />
          <Text className='projects-card__line'>承诺：{c.commitment}</Text>
          {c.rejectReason && <Text className='projects-card__line'>未通过原因：{c.rejectReason}</Text>}
          <Text className='projects-card__line'>履约 {c.fulfilmentCount} 次</Text>
          <View className='projects-actions'>
            <Button className='nx-big-button' onClick={() => Taro.navigateTo({ url: claimUrl(c.id) })}>
              履约记录
            </Button>
            {['pending', 'approved', 'active'].includes(c.status) && (
              <Button className='nx-big-button claim-withdraw' type='default' loading={withdraw.busy} onClick={() => withdraw.mutate({ claimId: c.id })}>
                撤回
              </Button>
            )}
          </View>
        </View>
      ))}
      <Button className='nx-big-button' type='primary' block onClick={() => Taro.navigateTo({ url: PROJECT_CATALOGUE_PAGE })}>
        浏览公益项目
      </Button>
      {data.shops.map((shop) => (
        <IntentForm key={shop.id} shop={shop} />
      ))}
    </View>
  )
}
