// weapp (Taro's default file; the h5 build takes SiteCheckin.h5.tsx): the camera reads the site's check-in code.
import Taro from '@tarojs/taro'
import { Button } from '@/src/shared/ui/nutui'

/** 扫现场签到码: scans the QR code at the event (`Taro.scanCode`) and hands its text to `onCode`. */
export function SiteCheckin({ onCode }: { busy: boolean; onCode: (code: string) => Promise<void> }) {
  const scan = async () => {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
    await onCode(result)
  }
  return (
    <Button className='nx-big-button' fill='outline' block onClick={scan}>
      扫现场签到码
    </Button>
  )
}
