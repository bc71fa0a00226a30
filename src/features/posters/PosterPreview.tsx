import { Canvas, Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { PosterView } from '@/types/posters'
import { safeFileName } from '@/types/text'
import { Button } from '@/src/shared/ui/nutui'
import { drawPosterOnH5, drawPosterOnWeapp, downloadPosterOnH5, savePosterOnWeapp } from './posterCanvas'

const CANVAS_ID = 'nx-poster-canvas'
const isWeapp = process.env.TARO_ENV === 'weapp'

/** The drawn poster (weapp: the Canvas 2D itself; h5: its PNG) and the button that keeps it (album / download). */
export function PosterPreview({ poster }: { poster: PosterView }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const canvas = useRef<unknown>(null)

  useEffect(() => {
    let live = true
    setError(null)
    const draw = isWeapp
      ? drawPosterOnWeapp(CANVAS_ID, poster).then((node) => void (canvas.current = node))
      : drawPosterOnH5(poster).then((url) => live && setDataUrl(url))
    draw.catch((e: Error) => live && setError(e.message || '海报绘制失败'))
    return () => {
      live = false
    }
  }, [poster])

  const keep = async () => {
    if (!isWeapp) {
      if (dataUrl) downloadPosterOnH5(dataUrl, safeFileName(`海报-${poster.title}`))
      return
    }
    setBusy(true)
    try {
      const result = await savePosterOnWeapp(canvas.current)
      if (result === 'saved') Taro.showToast({ title: '已保存到相册', icon: 'success' })
      else {
        const { confirm } = await Taro.showModal({ title: '需要相册权限', content: '保存海报需要允许“添加到相册”，去设置里打开？', confirmText: '去设置' })
        if (confirm) await Taro.openSetting()
      }
    } catch (e) {
      setError(String((e as { errMsg?: string })?.errMsg ?? (e as Error)?.message ?? e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='poster-preview'>
      {isWeapp ? <Canvas type='2d' id={CANVAS_ID} className='poster-canvas' /> : dataUrl && <Image className='poster-image' src={dataUrl} mode='widthFix' />}
      {error && <View className='poster-error'>{error}</View>}
      <Button className='nx-big-button poster-keep' type='primary' block loading={busy} disabled={!isWeapp && !dataUrl} onClick={keep}>
        {isWeapp ? '保存到相册' : '下载海报'}
      </Button>
    </View>
  )
}
