import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { RegistryShopDetail } from '@/types/shopRegistry'
import { callApi } from '@/src/shared/api/callApi'
import { markWritten } from '@/src/shared/query/useApiMutation'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { blockTime } from '@/src/shared/time'
import { Button, Cell, CellGroup } from '@/src/shared/ui/nutui'
import { PersonCodeField } from '@/src/staff/users/PersonCodeField'
import './ShopManagers.scss'

const day = (iso: string) => blockTime(iso).format('YYYY-MM-DD')

/**
 * 店铺负责人: who acts for the shop now (detach), who did before (greyed), and attaching someone by their ID code.
 * The page renders `<PrivacyPopup />` (the ID code is scanned with the camera on weapp).
 */
export function ShopManagers({ shop }: { shop: RegistryShopDetail }) {
  const [adding, setAdding] = useState(false)
  const [openid, setOpenid] = useState('')
  const [busy, setBusy] = useState(false)

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    try {
      await work()
      Taro.showToast({ title: done, icon: 'success' })
      markWritten('shops.attachManager')
      return true
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: toApiCallError(err).message, showCancel: false })
      return false
    } finally {
      setBusy(false)
    }
  }
  const detach = async (manager: RegistryShopDetail['managers'][number]) => {
    const { confirm } = await Taro.showModal({
      title: '解除负责人',
      content: `解除后，${manager.nickname} 将不能再代表“${shop.name}”操作。店铺和它的记录都会保留。`,
      confirmText: '解除',
      confirmColor: '#c8161d',
    })
    if (confirm) await run(() => callApi('shops.detachManager', { shopId: shop.id, openid: manager.openid }), '已解除')
  }
  const attach = async () => {
    const ok = await run(() => callApi('shops.attachManager', { shopId: shop.id, openid }), '已添加')
    if (ok) {
      setOpenid('')
      setAdding(false)
    }
  }

  return (
    <View className='shop-managers'>
      <View className='nx-section-title'>店铺负责人</View>
      {shop.managers.length === 0 && <Text className='staff-line shop-managers__none'>暂无负责人</Text>}
      {shop.managers.length > 0 && (
        <CellGroup>
          {shop.managers.map((m) => (
            <Cell
              key={m.openid}
              className={`shop-manager shop-manager-${m.openid}`}
              title={m.nickname}
              description={`${day(m.since)} 起`}
              extra={
                <Button className={`shop-manager-detach shop-manager-detach-${m.openid}`} size='large' type='default' disabled={busy} onClick={() => detach(m)}>
                  解除
                </Button>
              }
            />
          ))}
        </CellGroup>
      )}
      {shop.pastManagers.map((m) => (
        <Text key={`${m.from}:${m.nickname}`} className='staff-line shop-past-manager'>
          曾经：{m.nickname}（{day(m.from)} 至 {day(m.to)}）
        </Text>
      ))}
      {adding ? (
        <View className='staff-card shop-managers__add'>
          <PersonCodeField title='新负责人' openid={openid} onChange={setOpenid} />
          <Button className='nx-big-button shop-manager-attach-confirm' type='primary' block disabled={!openid || busy} loading={busy} onClick={attach}>
            确认添加
          </Button>
          <Button className='nx-big-button' block onClick={() => setAdding(false)}>
            取消
          </Button>
        </View>
      ) : (
        <Button className='nx-big-button shop-manager-attach' block onClick={() => setAdding(true)}>
          添加负责人
        </Button>
      )}
    </View>
  )
}
