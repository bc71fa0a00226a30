import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { openidFromUserCode } from '@/types/users.vocab'
import { Input } from '@/src/shared/ui/nutui.forms'
import { PersonCodeReader } from './PersonCodeReader'
import './PersonCodeField.scss'

const NOT_A_CODE = '这不是暖新街区的身份码，请让对方打开“我的 → 我的身份码”'

/**
 * Picks a person by their ID code (我的 → 我的身份码) instead of a typed openid: the camera on weapp, a paste box
 * on the local h5 build (browsers here have no scanner; PersonCodeReader.tsx / .h5.tsx). The typed openid stays as a last resort.
 * The page that uses it renders `<PrivacyPopup />` (the camera asks for consent on weapp).
 */
export function PersonCodeField({ title, openid, onChange }: { title?: string; openid: string; onChange: (openid: string) => void }) {
  const [problem, setProblem] = useState<string | null>(null)
  const [typing, setTyping] = useState(false)

  const take = (text: string) => {
    const found = openidFromUserCode(text)
    setProblem(found ? null : NOT_A_CODE)
    if (found) onChange(found)
  }

  return (
    <View className='person-code'>
      {title && <Text className='person-code__title'>{title}（对方打开“我的 → 我的身份码”）</Text>}
      <PersonCodeReader onText={take} onClear={() => setProblem(null)} />
      {problem && <Text className='person-code__problem'>{problem}</Text>}
      {openid && !problem && <Text className='person-code__chosen'>已选定：{openid}</Text>}
      {typing ? (
        <Input className='person-code-manual' value={openid} onChange={(v) => onChange(v.trim())} placeholder='对方的 openid' />
      ) : (
        <Text className='person-code__manual-link' onClick={() => setTyping(true)}>
          扫不了？手动输入
        </Text>
      )}
    </View>
  )
}
