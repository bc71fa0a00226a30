import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { openidFromUserCode } from '@/types/users.vocab'
import { Button } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import './PersonCodeField.scss'

const isH5 = process.env.TARO_ENV === 'h5'
const NOT_A_CODE = '这不是暖新街区的身份码，请让对方打开“我的 → 我的身份码”'

/**
 * Picks a person by their ID code (我的 → 我的身份码) instead of a typed openid: the camera on weapp, a paste box
 * on the local h5 build (browsers here have no scanner). The typed openid stays as a last resort.
 * The page that uses it renders `<PrivacyPopup />` (the camera asks for consent on weapp).
 */
export function PersonCodeField({ title, openid, onChange }: { title?: string; openid: string; onChange: (openid: string) => void }) {
  const [pasted, setPasted] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [typing, setTyping] = useState(false)

  const take = (text: string) => {
    const found = openidFromUserCode(text)
    setProblem(found ? null : NOT_A_CODE)
    if (found) onChange(found)
  }
  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      take(result)
    } catch {
      // The camera was closed: nothing to say.
    }
  }
  const paste = (text: string) => {
    setPasted(text)
    if (text.trim()) take(text)
    else setProblem(null)
  }

  return (
    <View className='person-code'>
      {title && <Text className='person-code__title'>{title}（对方打开“我的 → 我的身份码”）</Text>}
      {isH5 ? (
        <View className='person-code__paste'>
          <Text className='person-code__label'>本地调试：浏览器里没有扫码，请粘贴对方的身份码（NXU1|…）</Text>
          <TextArea className='person-code-input' value={pasted} onChange={paste} placeholder='NXU1|…' maxLength={100} />
        </View>
      ) : (
        <Button className='nx-big-button person-code-scan' type='primary' block onClick={scan}>
          扫码（对方的“我的身份码”）
        </Button>
      )}
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
