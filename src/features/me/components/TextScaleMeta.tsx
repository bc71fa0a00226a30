// weapp (Taro's default file; the h5 build takes TextScaleMeta.h5.tsx).
import { PageMeta } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { currentTextScale, onTextScaleChange } from '../textSize'

/**
 * weapp: puts --nx-text-scale on the page (page-meta's page-style; it must be the page's first node). h5 sets it
 * once on the document root, so TextScaleMeta.h5.tsx renders nothing.
 */
export function TextScaleMeta() {
  const [scale, setScale] = useState(currentTextScale)
  useEffect(() => onTextScaleChange(setScale), [])
  return <PageMeta pageStyle={`--nx-text-scale: ${scale}`} />
}
