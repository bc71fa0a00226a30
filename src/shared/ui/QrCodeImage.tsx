import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'

/** A QR code as a GIF data URL in an Image: the same on weapp and h5, no canvas. */
export function QrCodeImage({ content, className }: { content: string; className?: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M')
    qr.addData(content)
    qr.make()
    return qr.createDataURL(8, 2)
  }, [content])
  return <Image className={className ?? 'qr-code'} src={src} style={{ width: '480rpx', height: '480rpx' }} mode='aspectFit' />
}
