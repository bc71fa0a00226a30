import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { MAX_NEED_PHOTOS, NEED_CATEGORIES, NEED_CATEGORY_LABELS, type NeedCategory } from '@/types/needs.vocab'
import { askToSubscribe, remindersConfigured, REMINDERS_NOT_CONFIGURED } from '@/src/shared/api/subscribe'
import { uploadPhoto, choosePhotos } from '@/src/shared/api/upload'
import { Button } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { ShopSubject, StationSubject } from '@/src/features/needs/components/NeedSubject'
import { needDetailUrl } from '@/src/features/needs/routes'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import '../needs.scss'

export default function SubmitNeedPage() {
  const { params } = useRouter()
  const stationId = params.stationId ? decodeURIComponent(params.stationId) : undefined
  const shopId = params.shopId ? decodeURIComponent(params.shopId) : undefined
  const [category, setCategory] = useState<NeedCategory | null>(stationId ? 'station' : null)
  const [description, setDescription] = useState('')
  const [place, setPlace] = useState('')
  const [photos, setPhotos] = useState<Array<{ local: string; fileId: string }>>([])
  const [uploading, setUploading] = useState(false)
  const submit = useApiMutation('needs.submit', undefined, { toast: false })

  async function addPhoto() {
    const picked = await choosePhotos(MAX_NEED_PHOTOS - photos.length).catch(() => null)
    if (!picked) return
    setUploading(true)
    try {
      for (const path of picked.tempFilePaths) setPhotos((p) => [...p, { local: path, fileId: '' }])
      const ids = await Promise.all(picked.tempFilePaths.map((path) => uploadPhoto(path, 'needs')))
      setPhotos((p) => p.map((ph) => ({ ...ph, fileId: ph.fileId || ids[picked.tempFilePaths.indexOf(ph.local)] || '' })))
    } catch {
      Taro.showToast({ title: '照片上传失败', icon: 'none' })
    } finally {
      setUploading(false)
    }
  }

  async function send() {
    if (!category) return
    // Busy from the tap: the consent prompt runs inside the write (as WeChat requires, from the tap), so a
    // second tap while it is open does nothing. A refusal changes nothing.
    const need = await submit.mutate(
      {
        category,
        description,
        place: place || undefined,
        photos: photos.map((p) => p.fileId).filter(Boolean),
        stationId,
        shopId,
      },
      { before: () => askToSubscribe(['needProgress']) },
    )
    if (need) Taro.redirectTo({ url: needDetailUrl(need.id) })
  }

  return (
    <View className='need-page need-submit'>
      <PrivacyPopup />
      {stationId && <StationSubject stationId={stationId} />}
      {shopId && <ShopSubject shopId={shopId} />}
      <View className='nx-section-title'>什么问题？</View>
      <View className='need-chips'>
        {NEED_CATEGORIES.map((c) => (
          <View key={c} className={`need-chip need-category-${c}${category === c ? ' need-chip--selected' : ''}`} onClick={() => setCategory(c)}>
            {NEED_CATEGORY_LABELS[c]}
          </View>
        ))}
      </View>
      <View className='nx-section-title'>具体情况</View>
      <TextArea
        className='need-description'
        value={description}
        onChange={setDescription}
        placeholder='说说发生了什么、希望怎么解决'
        maxLength={500}
        showCount
      />
      <View className='nx-section-title'>地点（可不填）</View>
      <Input className='need-place' value={place} onChange={setPlace} placeholder='如：番禺路 388 号门口' />
      <View className='nx-section-title'>照片（可不填）</View>
      <View className='need-photos'>
        {photos.map((p) => (
          <Image key={p.local} className='need-photo' src={p.local} mode='aspectFill' />
        ))}
      </View>
      {photos.length < MAX_NEED_PHOTOS && (
        <Button className='nx-big-button need-add-photo' block loading={uploading} onClick={addPhoto}>
          添加照片
        </Button>
      )}
      {submit.error && <Text className='need-form-error'>{submit.error.message}</Text>}
      <Button className='nx-big-button need-submit-button' type='primary' block disabled={!category || uploading} loading={submit.busy} onClick={send}>
        {category ? '提交' : '请先选择问题类别'}
      </Button>
      {!remindersConfigured(['needProgress']) && <Text className='need-reminder-off'>{REMINDERS_NOT_CONFIGURED}：处理进度请在“我的诉求”查看</Text>}
    </View>
  )
}
