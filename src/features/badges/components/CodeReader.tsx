// weapp (Taro's default file; the h5 build takes CodeReader.h5.tsx): the camera reads the QR code.
import Taro from '@tarojs/taro'
import { Button } from '@/src/shared/ui/nutui'

/** 扫一扫工作牌: reads a QR code with the camera (`Taro.scanCode`) and hands its text to `onCode`; closing the camera does nothing. */
export function CodeReader({ checking, onCode }: { checking: boolean; onCode: (code: string) => Promise<void> }) {
  const scan = async () => {
    try {
      const { result: code } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      await onCode(code)
    } catch {
      // The person closed the camera: nothing to say.
    }
  }
  return (
    <Button className='nx-big-button scan-button' type='primary' block loading={checking} onClick={scan}>
      扫一扫工作牌
    </Button>
  )
}
