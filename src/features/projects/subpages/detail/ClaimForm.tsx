import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ClaimView } from '@/types/projects'
import type { ShopView } from '@/types/shops'
import { Button } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'
import { ClaimStatusTag } from '@/src/features/projects/components/ClaimStatusTag'
import { MY_CLAIMS_PAGE } from '@/src/features/projects/routes'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { claimFormMode } from './claimFormMode'

/**
 * A manager picks one of their shops and says what it commits to. The shop's existing claim on this project
 * (`claims`, from projects.mine) is shown first: a pending one is edited here (the server answers the edited
 * claim; the query layer refreshes 我的认领), a reviewed or finished one is shown with its pledge and not offered for editing (the server refuses).
 */
export function ClaimForm({ projectId, shops, claims }: { projectId: string; shops: ShopView[]; claims: ClaimView[] }) {
  const [shopId, setShopId] = useState(shops[0]?.id)
  const existing = claims.find((c) => c.projectId === projectId && c.shopId === shopId) ?? null
  const mode = claimFormMode(existing)
  // What the person typed, per shop; until they type, the existing pledge (so an edit starts from it).
  const [typed, setTyped] = useState<Record<string, string>>({})
  const commitment = (shopId && typed[shopId]) ?? existing?.commitment ?? ''
  const { mutate: submit, busy } = useApiMutation('projects.claim', (claim) => {
    if (mode.kind === 'edit') {
      Taro.showToast({ title: '承诺已修改', icon: 'success' })
      setTyped(({ [claim.shopId]: _sent, ...others }) => others) // show the pledge as the server now holds it
      return
    }
    Taro.showToast({ title: '已提交，等待审核', icon: 'success' })
    Taro.navigateTo({ url: MY_CLAIMS_PAGE })
  })
  const unchanged = existing !== null && commitment.trim() === existing.commitment
  return (
    <View className='projects-card claim-form'>
      <Text className='projects-card__title'>{mode.title}</Text>
      {shops.length > 1 && <Text className='projects-form__label'>以哪家店认领</Text>}
      {shops.length > 1 &&
        shops.map((shop) => (
          <Text
            key={shop.id}
            className={`projects-choice claim-shop-${shop.id} ${shopId === shop.id ? 'projects-choice--on' : ''}`}
            onClick={() => setShopId(shop.id)}
          >
            {shop.name}
          </Text>
        ))}
      {existing && (
        <View className='claim-existing'>
          <ClaimStatusTag status={existing.status} />
          <Text className='projects-card__line claim-existing-commitment'>现在的承诺：{existing.commitment}</Text>
          {existing.rejectReason && <Text className='projects-card__line'>未通过原因：{existing.rejectReason}</Text>}
          {mode.note && <Text className='projects-card__line claim-existing-note'>{mode.note}</Text>}
        </View>
      )}
      {mode.kind !== 'locked' && (
        <>
          <Text className='projects-form__label'>承诺内容（会展示在好店家墙上）</Text>
          <TextArea
            className='claim-commitment'
            value={commitment}
            onChange={(value: string) => shopId && setTyped((t) => ({ ...t, [shopId]: value }))}
            maxLength={200}
            placeholder='例如：每天 14:00–17:00 为骑手准备 10 杯咖啡'
          />
          <Button
            className='nx-big-button claim-submit'
            type='primary'
            block
            loading={busy}
            disabled={!shopId || !commitment.trim() || (mode.kind === 'edit' && unchanged)}
            onClick={() => shopId && submit({ projectId, shopId, commitment: commitment.trim() })}
          >
            {mode.button}
          </Button>
        </>
      )}
    </View>
  )
}
