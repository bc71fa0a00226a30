// weapp (Taro's default file; the h5 build takes PersonCodeReader.h5.tsx): the camera reads the person's ID code.
import Taro from '@tarojs/taro'
import { Button } from '@/src/shared/ui/nutui'

/** 扫码: reads the other person's 我的身份码 with the camera and hands its text to `onText`; closing the camera does nothing. */
export function PersonCodeReader({ onText }: { onText: (text: string) => void; onClear: () => void }) {
  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      onText(result)
    } catch {
      // The camera was closed: nothing to say.
    }
  }
  return (
    <Button className='nx-big-button person-code-scan' type='primary' block onClick={scan}>
      扫码（对方的“我的身份码”）
    </Button>
  )
}
