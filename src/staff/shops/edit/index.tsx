import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { SHOP_CATEGORIES, SHOP_CATEGORY_LABELS, SHOP_TAGS, SHOP_TAG_LABELS } from '@/types/shops.vocab'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { Chips } from '@/src/staff/shared/Chips'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { ToggleChips } from '@/src/staff/shared/ToggleChips'
import { ShopPosition } from './ShopPosition'
import { useGridOptions } from '@/src/staff/org/useGridOptions'
import { SHOP_SAVED, newShopForm, shopFormFrom, shopFormProblem, toUpsertInput, type ShopFormState } from './shopForm'
import { navigateBackOr } from '@/src/shared/nav/navigateBackOr'
import { staffShopUrl } from '../routes'
import '@/src/staff/shared/staff.scss'

function ShopForm({ shopId, initial }: { shopId?: string; initial: ShopFormState }) {
  const [form, setForm] = useState(initial)
  const save = useApiMutation('shops.upsert', undefined, { toast: false })
  const set = (patch: Partial<ShopFormState>) => setForm((f) => ({ ...f, ...patch }))
  const problem = shopFormProblem(form)
  const grids = useGridOptions()

  async function submit() {
    if (problem) return
    const shop = await save.mutate(toUpsertInput(form, shopId, form.grid ? grids.blockOf[form.grid] : null))
    if (!shop) return
    Taro.eventCenter.trigger(SHOP_SAVED, shop.id)
    await Taro.showToast({ title: '已保存', icon: 'success' })
    if (shopId) void navigateBackOr(staffShopUrl(shop.id))
    else void Taro.redirectTo({ url: staffShopUrl(shop.id) })
  }

  return (
    <View className='staff-page shop-edit-page'>
      <View className='nx-section-title'>店名</View>
      <Input className='shop-edit-name' value={form.name} onChange={(name) => set({ name })} placeholder='如：新华咖啡' maxLength={60} />
      <View className='nx-section-title'>地址</View>
      <Input className='shop-edit-address' value={form.address} onChange={(address) => set({ address })} placeholder='如：新华路 205 号' maxLength={120} />
      <View className='nx-section-title'>类别</View>
      <Chips
        name='shop-edit-category'
        options={SHOP_CATEGORIES}
        labels={SHOP_CATEGORY_LABELS}
        value={form.category}
        onChange={(category) => set({ category })}
        all={false}
      />
      <View className='nx-section-title'>网格</View>
      <Chips name='shop-edit-grid' options={grids.ids} labels={grids.labels} value={form.grid} onChange={(grid) => set({ grid })} all={false} />
      <View className='nx-section-title'>重点关注（可多选）</View>
      <ToggleChips name='shop-edit-tag' options={SHOP_TAGS} labels={SHOP_TAG_LABELS} value={form.tags} onChange={(tags) => set({ tags })} />
      <View className='nx-section-title'>位置</View>
      <ShopPosition form={form} set={set} />
      <View className='nx-section-title'>现任联系人</View>
      {shopId && <Text className='staff-line'>换了人就填新的联系人，原来的会保留为历任联系人。</Text>}
      <Input
        className='shop-edit-contact-name'
        value={form.contactName}
        onChange={(contactName) => set({ contactName })}
        placeholder='姓名（可不填）'
        maxLength={30}
      />
      <Input
        className='shop-edit-contact-phone'
        type='tel'
        value={form.contactPhone}
        onChange={(contactPhone) => set({ contactPhone })}
        placeholder='电话（可不填）'
        maxLength={20}
      />
      {save.error && <Text className='staff-error shop-edit-error'>{save.error.message}</Text>}
      <Button className='nx-big-button shop-edit-save' type='primary' block disabled={!!problem} loading={save.busy} onClick={submit}>
        {problem ?? '保存'}
      </Button>
    </View>
  )
}

function EditExisting({ shopId }: { shopId: string }) {
  const shop = useApiQuery('shops.get', { shopId })
  const [initial, setInitial] = useState<ShopFormState | null>(null)
  useEffect(() => {
    if (shop.data && !initial) setInitial(shopFormFrom(shop.data))
  }, [shop.data, initial])
  if (shop.error?.code === 'NOT_FOUND') return <Empty status='empty' title='没有找到这家店' />
  if (shop.error) return <ErrorState message={shop.error.message} onRetry={shop.reload} />
  if (!initial) return <LoadingRows rows={4} />
  return <ShopForm shopId={shopId} initial={initial} />
}

export default function EditShopPage() {
  const { params } = useRouter()
  const shopId = params.id ? decodeURIComponent(params.id) : ''
  useEffect(() => {
    if (!shopId) Taro.setNavigationBarTitle({ title: '新增商户' })
  }, [shopId])
  return (
    <>
      <PrivacyPopup />
      <StaffGate>{() => (shopId ? <EditExisting shopId={shopId} /> : <ShopForm initial={newShopForm()} />)}</StaffGate>
    </>
  )
}
