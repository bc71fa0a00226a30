import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { blockTime } from '@/src/shared/time'
import { uploadPhoto, choosePhotos } from '@/src/shared/api/upload'
import { Button } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { useApiMutation } from '@/src/shared/query/useApiMutation'

/** Log one day's fulfilment: the date, what was given, optionally a photo (cloud storage; we keep the fileID). */
export function FulfilForm({ claimId }: { claimId: string }) {
  const [date, setDate] = useState(blockTime().format('YYYY-MM-DD'))
  const [given, setGiven] = useState('')
  const [photo, setPhoto] = useState<string | null>(null)
  const { mutate: submit, busy } = useApiMutation('projects.fulfil', () => {
    setGiven('')
    setPhoto(null)
  })
  const pick = async () => {
    const picked = await choosePhotos(1).catch(() => null)
    if (picked?.tempFilePaths[0]) setPhoto(picked.tempFilePaths[0])
  }
  // Busy from the tap: the photo upload comes before the write, so a second tap meanwhile must do nothing
  // (else two uploads, and the second write after the first has renewed the form's request id).
  const sending = useRef(false)
  const [uploading, setUploading] = useState(false)
  const send = async () => {
    if (sending.current) return
    sending.current = true
    setUploading(true)
    try {
      let photoFileId: string | undefined
      if (photo) {
        try {
          photoFileId = await uploadPhoto(photo, 'fulfilments')
        } catch {
          Taro.showToast({ title: '照片上传失败，请重试', icon: 'none' })
          return
        }
      }
      await submit({ claimId, date, given: given.trim(), photoFileId })
    } finally {
      sending.current = false
      setUploading(false)
    }
  }
  return (
    <View className='projects-card fulfil-form'>
      <Text className='projects-card__title'>登记履约</Text>
      <Text className='projects-form__label'>日期</Text>
      <Input className='fulfil-date' value={date} onChange={setDate} placeholder='YYYY-MM-DD' />
      <Text className='projects-form__label'>送出了什么</Text>
      <TextArea className='fulfil-given' value={given} onChange={setGiven} maxLength={200} placeholder='例如：送出 10 杯咖啡' />
      {photo && <Image src={photo} mode='aspectFill' style={{ width: '200px', height: '200px' }} />}
      <View className='projects-actions'>
        <Button className='nx-big-button' onClick={pick}>
          {photo ? '换一张照片' : '加照片（可选）'}
        </Button>
        <Button className='nx-big-button fulfil-submit' type='primary' loading={busy || uploading} disabled={!given.trim()} onClick={send}>
          提交
        </Button>
      </View>
    </View>
  )
}
