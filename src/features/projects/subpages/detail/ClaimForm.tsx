import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ShopView } from '../../../../../types/shops'
import { Button } from '../../../../shared/ui/nutui'
import { TextArea } from '../../../../shared/ui/nutui.forms'
import { MY_CLAIMS_PAGE } from '../../routes'
import { useApiMutation } from '../../../../shared/query/useApiMutation'

/** A manager picks one of their shops and says what it commits to. */
export function ClaimForm({ projectId, shops }: { projectId: string; shops: ShopView[] }) {
  const [shopId, setShopId] = useState(shops[0]?.id)
  const [commitment, setCommitment] = useState('')
  const { mutate: submit, busy } = useApiMutation('projects.claim', () => {
    Taro.showToast({ title: '已提交，等待审核', icon: 'success' })
    Taro.navigateTo({ url: MY_CLAIMS_PAGE })
  })
  return (
    <View className='projects-card claim-form'>
      <Text className='projects-card__title'>认领这个项目</Text>
      {shops.length > 1 && <Text className='projects-form__label'>以哪家店认领</Text>}
      {shops.length > 1 &&
        shops.map((shop) => (
          <Text key={shop.id} className={`projects-choice ${shopId === shop.id ? 'projects-choice--on' : ''}`} onClick={() => setShopId(shop.id)}>
            {shop.name}
          </Text>
        ))}
      <Text className='projects-form__label'>承诺内容（会展示在好店家墙上）</Text>
      <TextArea className='claim-commitment' value={commitment} onChange={setCommitment} maxLength={200} placeholder='例如：每天 14:00–17:00 为骑手准备 10 杯咖啡' />
      <Button
        className='nx-big-button claim-submit'
        type='primary'
        block
        loading={busy}
        disabled={!shopId || !commitment.trim()}
        onClick={() => shopId && submit({ projectId, shopId, commitment: commitment.trim() })}
      >
        提交认领
      </Button>
    </View>
  )
}
