// h5 (the local debug build; the mini-program takes LocalBadgeCode.tsx): a stand-in for the camera.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

/** The badge's code as text (a tap copies it), to paste into the verify page: the browser has no scanner. */
export function LocalBadgeCode({ code }: { code: string }) {
  return (
    <View className='badge-code-local' onClick={() => Taro.setClipboardData({ data: code })}>
      <Text className='badge-code-text'>本地调试 · 二维码内容：{code}</Text>
    </View>
  )
}
