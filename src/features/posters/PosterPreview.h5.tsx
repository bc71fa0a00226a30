// h5 (the local debug build; the mini-program takes PosterPreview.tsx): the poster as a PNG, downloaded.
import { Image, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { PosterView } from '@/types/posters'
import { safeFileName } from '@/types/text'
import { Button } from '@/src/shared/ui/nutui'
import { downloadPosterOnH5, drawPosterOnH5 } from './posterCanvas'

/** The drawn poster (its PNG) and the button that downloads it as 海报-<title>. */
export function PosterPreview({ poster }: { poster: PosterView }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    setError(null)
    drawPosterOnH5(poster)
      .then((url) => live && setDataUrl(url))
      .catch((e: Error) => live && setError(e.message || '海报绘制失败'))
    return () => {
      live = false
    }
  }, [poster])

  const keep = () => {
    if (dataUrl) downloadPosterOnH5(dataUrl, safeFileName(`海报-${poster.title}`))
  }

  return (
    <View className='poster-preview'>
      {dataUrl && <Image className='poster-image' src={dataUrl} mode='widthFix' />}
      {error && <View className='poster-error'>{error}</View>}
      <Button className='nx-big-button poster-keep' type='primary' block loading={false} disabled={!dataUrl} onClick={keep}>
        下载海报
      </Button>
    </View>
  )
}
