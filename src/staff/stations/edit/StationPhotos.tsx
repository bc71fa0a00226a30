import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { uploadPhoto } from '@/src/shared/api/upload'
import { Button } from '@/src/shared/ui/nutui'

const MAX_PHOTOS = 6

/** The station's photos, kept as cloud storage fileIDs. */
export function StationPhotos({ value, onChange }: { value: string[]; onChange: (photos: string[]) => void }) {
  const [busy, setBusy] = useState(false)
  // Just-picked photos show from the phone; stored ones by fileID (weapp's <Image> reads cloud:// itself).
  const [previews, setPreviews] = useState<Record<string, string>>({})
  const add = async () => {
    const picked = await Taro.chooseMedia({ count: MAX_PHOTOS - value.length, mediaType: ['image'], sizeType: ['compressed'] }).catch(() => null)
    if (!picked?.tempFiles.length) return
    setBusy(true)
    try {
      const ids = await Promise.all(picked.tempFiles.map((f) => uploadPhoto(f.tempFilePath, 'stations')))
      setPreviews((p) => ({ ...p, ...Object.fromEntries(ids.map((id, i) => [id, picked.tempFiles[i].tempFilePath])) }))
      onChange([...value, ...ids].slice(0, MAX_PHOTOS))
    } catch {
      Taro.showToast({ title: '照片上传失败，请重试', icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='staff-card station-photos'>
      {value.map((id, i) => (
        <View key={id} className='station-photo'>
          <Image src={previews[id] ?? id} mode='aspectFill' style={{ width: '160px', height: '160px' }} />
          <Button size='small' onClick={() => onChange(value.filter((_, j) => j !== i))}>
            删除
          </Button>
        </View>
      ))}
      {value.length < MAX_PHOTOS && (
        <Button className='station-photos-add' loading={busy} onClick={add}>
          添加照片
        </Button>
      )}
    </View>
  )
}
