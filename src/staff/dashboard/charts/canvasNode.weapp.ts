// The mini-program side of finding a chart's canvas: a <Canvas type="2d" id> is a node the selector query hands
// back (https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html — Canvas 2D, same-layer rendering).
import Taro from '@tarojs/taro'
import type { CanvasNode } from './canvasNode'

export type { CanvasNode } from './canvasNode'

interface NodeResult {
  node?: { width: number; height: number; getContext(type: '2d'): unknown }
  width?: number
  height?: number
}

/** The Canvas 2D node `#id`, sized for the screen; null when it is not laid out (yet). */
export function canvasNode(id: string): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true }, () => undefined)
      .exec((results: Array<NodeResult | null>) => {
        const found = results?.[0]
        if (!found?.node || !found.width || !found.height) return resolve(null)
        const pixelRatio = Taro.getWindowInfo?.().pixelRatio ?? Taro.getSystemInfoSync().pixelRatio ?? 2
        found.node.width = Math.round(found.width * pixelRatio)
        found.node.height = Math.round(found.height * pixelRatio)
        resolve({ context: found.node.getContext('2d'), width: found.node.width, height: found.node.height, pixelRatio })
      })
  })
}
