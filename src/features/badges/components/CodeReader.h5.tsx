// h5 (the local debug build; the mini-program takes CodeReader.tsx): the browser has no scanner, the code is pasted.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'

/** The QR code's text pasted (at most 300 characters) and handed to `onCode` on 验证. */
export function CodeReader({ checking, onCode }: { checking: boolean; onCode: (code: string) => Promise<void> }) {
  const [pasted, setPasted] = useState('')
  return (
    <View className='verify-paste'>
      <Text className='verify-paste__label'>本地调试：浏览器里没有扫码，请粘贴工作牌二维码内容</Text>
      <TextArea className='verify-code-input' value={pasted} onChange={setPasted} placeholder='NXB1.…' maxLength={300} />
      <Button className='nx-big-button verify-button' type='primary' block loading={checking} onClick={() => onCode(pasted)}>
        验证
      </Button>
    </View>
  )
}
