// h5 (the local debug build; the mini-program takes SiteCheckin.tsx): the browser has no scanner, the code is pasted.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'

/** The site's check-in code pasted, handed to `onCode` on 签到 (disabled while `busy` or empty). */
export function SiteCheckin({ busy, onCode }: { busy: boolean; onCode: (code: string) => Promise<void> }) {
  const [typed, setTyped] = useState('')
  return (
    <View className='local-checkin'>
      <Text className='local-checkin__label'>本地调试：粘贴现场签到码代替扫码</Text>
      <Input className='local-checkin__input' value={typed} onChange={(v: string) => setTyped(v)} placeholder='NXE1|…' />
      <Button className='nx-big-button' fill='outline' block disabled={!typed || busy} onClick={() => onCode(typed)}>
        签到
      </Button>
    </View>
  )
}
