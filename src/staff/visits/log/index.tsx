import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { ServiceQuestions } from './ServiceQuestions'
import { emptyVisitForm, missingAnswer, toLogVisitInput, type VisitFormState } from './visitAnswers'
import { VisitPhotos } from './VisitPhotos'
import { navigateBackOr } from '@/src/shared/nav/navigateBackOr'
import { staffShopUrl } from '@/src/staff/shops/routes'
import '@/src/staff/shared/staff.scss'
import '../visits.scss'

function VisitForm({ shopId }: { shopId: string }) {
  const shop = useApiQuery('shops.get', { shopId })
  const [form, setForm] = useState<VisitFormState>(emptyVisitForm)
  const [uploading, setUploading] = useState(false)
  const log = useApiMutation('visits.log', undefined, { toast: false })
  const set = (patch: Partial<VisitFormState>) => setForm((f) => ({ ...f, ...patch }))

  if (shop.error?.code === 'NOT_FOUND') return <Empty status='empty' title='没有找到这家店' />
  if (shop.error) return <ErrorState message={shop.error.message} onRetry={shop.reload} />
  if (!shop.data) return <LoadingRows rows={3} />

  const missing = missingAnswer(form)
  async function save() {
    if (missing) return
    const result = await log.mutate(toLogVisitInput(shopId, form))
    if (result) {
      await Taro.showToast({ title: result.needId ? '已记录并转为诉求' : '已记录', icon: 'success' })
      void navigateBackOr(staffShopUrl(shopId))
    }
  }

  return (
    <View className='staff-page visit-form'>
      <Text className='staff-card__title visit-shop-name'>{shop.data.name}</Text>
      <Text className='staff-line'>{shop.data.address}</Text>
      <ServiceQuestions form={form} set={set} />
      <View className='nx-section-title'>现场照片（可不拍）</View>
      <VisitPhotos fileIds={form.photos} onChange={(photos) => set({ photos })} onBusy={setUploading} />
      <View className='nx-section-title'>其他记录（可不填）</View>
      <TextArea className='visit-notes' value={form.notes} onChange={(notes) => set({ notes })} placeholder='如：送去服务资源包' maxLength={500} />
      {log.error && <Text className='staff-error visit-error'>{log.error.message}</Text>}
      <Button className='nx-big-button visit-save' type='primary' block disabled={!!missing || uploading} loading={log.busy} onClick={save}>
        {missing ?? (form.raiseNeed ? '保存走访并转为诉求' : '保存走访')}
      </Button>
    </View>
  )
}

export default function LogVisitPage() {
  const { params } = useRouter()
  const shopId = params.shopId ? decodeURIComponent(params.shopId) : ''
  return (
    <>
      <PrivacyPopup />
      <StaffGate>{() => (shopId ? <VisitForm shopId={shopId} /> : <Empty status='empty' title='请从商户走访选择要走访的店' />)}</StaffGate>
    </>
  )
}
