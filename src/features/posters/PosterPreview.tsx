// weapp (Taro's default file; the h5 build takes PosterPreview.h5.tsx): the Canvas 2D itself, saved to the album.
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import type { PosterView } from '@/types/posters'
import { Button } from '@/src/shared/ui/nutui'
import { drawPosterOnWeapp, savePosterOnWeapp } from './posterCanvas'

const CANVAS_ID = 'nx-poster-canvas'

/** The drawn poster (the Canvas 2D itself) and the button that saves it to the album (asks for scope.writePhotosAlbum). */
export function PosterPreview({ poster }: { poster: PosterView }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const canvas = useRef<unknown>(null)

  useEffect(() => {
    let live = true
    setError(null)
    drawPosterOnWeapp(CANVAS_ID, poster)
      .then((node) => void (canvas.current = node))
      .catch((e: Error) => live && setError(e.message || '海报绘制失败'))
    return () => {
      live = false
    }
  }, [poster])

  const keep = async () => {
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
      <Canvas type='2d' id={CANVAS_ID} className='poster-canvas' />
      {error && <View className='poster-error'>{error}</View>}
      <Button className='nx-big-button poster-keep' type='primary' block loading={busy} onClick={keep}>
        保存到相册
      </Button>
    </View>
  )
}
