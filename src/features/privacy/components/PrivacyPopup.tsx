import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useReducer, useRef, useState } from 'react'
import { answerPrivacyRequest, isFrontPopup, newPopupId, onFrontPopupChange, onPrivacyRequest, popupInView } from '../privacyConsent'
import { PRIVACY_GUIDE_PAGE } from '../routes'
import { AgreeButton } from './AgreeButton'
import './PrivacyPopup.scss'

/** Shown when a page is about to use location, photos, the camera or the clipboard and the guide is not yet accepted. */
export function PrivacyPopup() {
  const [open, setOpen] = useState(false)
  const id = useRef(newPopupId()).current
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    const stopFront = onFrontPopupChange(rerender)
    popupInView(id, true)
    const stopRequests = onPrivacyRequest(setOpen)
    return () => {
      stopFront()
      stopRequests()
      popupInView(id, false)
    }
  }, [id])
  useDidShow(() => popupInView(id, true))
  useDidHide(() => popupInView(id, false))
  if (!open || !isFrontPopup(id)) return null
  return (
    <View className='privacy-popup'>
      <View className='privacy-popup__card'>
        <Text className='privacy-popup__title'>用户隐私保护提示</Text>
        <Text className='privacy-popup__text'>
          查找最近的驿站需要用到你的位置；上传照片需要你选中的照片（相册或拍照）；扫码需要摄像头；复制需要剪切板。位置只用来排序，不会保存。
        </Text>
        <Text className='privacy-popup__link privacy-guide-link' onClick={() => Taro.navigateTo({ url: PRIVACY_GUIDE_PAGE })}>
          查看《暖新街区隐私保护指引》
        </Text>
        <View className='privacy-popup__actions'>
          <Button className='privacy-popup__button privacy-disagree' onClick={() => answerPrivacyRequest(false)}>
            不同意
          </Button>
          <AgreeButton />
        </View>
      </View>
    </View>
  )
}
