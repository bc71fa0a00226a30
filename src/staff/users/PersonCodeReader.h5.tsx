// h5 (the local debug build; the mini-program takes PersonCodeReader.tsx): browsers here have no scanner, the code is pasted.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { TextArea } from '@/src/shared/ui/nutui.forms'

/** A paste box (at most 100 characters): each non-blank paste goes to `onText`, an emptied box to `onClear`. */
export function PersonCodeReader({ onText, onClear }: { onText: (text: string) => void; onClear: () => void }) {
  const [pasted, setPasted] = useState('')
  const paste = (text: string) => {
    setPasted(text)
    if (text.trim()) onText(text)
    else onClear()
  }
  return (
    <View className='person-code__paste'>
      <Text className='person-code__label'>本地调试：浏览器里没有扫码，请粘贴对方的身份码（NXU1|…）</Text>
      <TextArea className='person-code-input' value={pasted} onChange={paste} placeholder='NXU1|…' maxLength={100} />
    </View>
  )
}
