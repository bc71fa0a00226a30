import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { uploadPhoto, choosePhotos } from '@/src/shared/api/upload'
import { Button } from '@/src/shared/ui/nutui'

export const MAX_VISIT_PHOTOS = 6

/** Pick photos, upload each to cloud storage, hand back their fileIDs. Tap a photo to take it out. */
export function VisitPhotos({ fileIds, onChange, onBusy }: { fileIds: string[]; onChange: (ids: string[]) => void; onBusy: (busy: boolean) => void }) {
  const [previews, setPreviews] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)

  async function addPhotos() {
    const picked = await choosePhotos(MAX_VISIT_PHOTOS - fileIds.length).catch(() => null)
    if (!picked?.tempFilePaths.length) return
    setUploading(true)
    onBusy(true)
    try {
      const uploaded = await Promise.all(picked.tempFilePaths.map(async (path) => ({ path, id: await uploadPhoto(path, 'visits') })))
      setPreviews((p) => ({ ...p, ...Object.fromEntries(uploaded.map((u) => [u.id, u.path])) }))
      onChange([...fileIds, ...uploaded.map((u) => u.id)].slice(0, MAX_VISIT_PHOTOS))
    } catch {
      Taro.showToast({ title: '照片上传失败，请重试', icon: 'none' })
    } finally {
      setUploading(false)
      onBusy(false)
    }
  }

  return (
    <View className='visit-photos'>
      <View className='visit-photo-list'>
        {fileIds.map((id) => (
          <Image key={id} className='visit-photo' src={previews[id] ?? ''} mode='aspectFill' onClick={() => onChange(fileIds.filter((f) => f !== id))} />
        ))}
      </View>
      {fileIds.length > 0 && <View className='staff-line'>已添加 {fileIds.length} 张，点照片可移除</View>}
      {fileIds.length < MAX_VISIT_PHOTOS && (
        <Button className='nx-big-button visit-add-photo' block loading={uploading} onClick={addPhotos}>
          拍照 / 添加照片
        </Button>
      )}
    </View>
  )
}
