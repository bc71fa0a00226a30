import { useState } from 'react'
import { Cell, Switch } from '@/src/shared/ui/nutui'
import { isLargerText, setLargerText } from '../textSize'

/** 我的 → 大字模式: larger text everywhere, remembered on this phone. */
export function LargerTextSwitch() {
  const [on, setOn] = useState(isLargerText)
  const toggle = (next: boolean) => {
    setLargerText(next)
    setOn(next)
  }
  return (
    <Cell
      className='me-larger-text'
      title='大字模式'
      description='放大全部文字（也会跟随手机的字体大小设置）'
      extra={<Switch className='me-larger-text-switch' checked={on} onChange={(value: boolean) => toggle(value)} />}
      clickable
      onClick={() => toggle(!on)}
    />
  )
}
