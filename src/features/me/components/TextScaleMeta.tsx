import { PageMeta } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { currentTextScale, onTextScaleChange } from '../textSize'

/**
 * weapp: puts --nx-text-scale on the page (page-meta's page-style; it must be the page's first node). h5 sets it
 * once on the document root, so this renders nothing there.
 */
export function TextScaleMeta() {
  const [scale, setScale] = useState(currentTextScale)
  useEffect(() => onTextScaleChange(setScale), [])
  if (process.env.TARO_ENV !== 'weapp') return null
  return <PageMeta pageStyle={`--nx-text-scale: ${scale}`} />
}
