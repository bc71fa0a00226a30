// h5 (the local debug build; the mini-program takes AttendeeCheckin.tsx): the browser has no scanner, the code is pasted.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'

/** An attendee's check-in code pasted, handed to `onCode` on 签到. */
export function AttendeeCheckin({ onCode }: { onCode: (code: string) => void }) {
  const [typed, setTyped] = useState('')
  return (
    <View className='local-scan'>
      <Text className='local-scan__label'>本地调试：粘贴报名者的签到码代替扫码</Text>
      <Input className='local-scan__input' value={typed} onChange={(v: string) => setTyped(v)} placeholder='NXA1|…' />
      <Button className='nx-big-button scan-checkin-button' type='primary' block disabled={!typed} onClick={() => onCode(typed)}>
        签到
      </Button>
    </View>
  )
}
