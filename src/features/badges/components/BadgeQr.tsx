import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/** The signed badge code as a QR image (a data URL, so it renders the same on weapp and h5). */
export function BadgeQr({ code }: { code: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(code)
    qr.make()
    return qr.createDataURL(8, 4)
  }, [code])
  return <Image className='badge-qr' src={src} mode='aspectFit' style={{ width: '240px', height: '240px' }} />
}
