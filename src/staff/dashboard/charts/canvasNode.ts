// The browser (h5) side of finding a chart's canvas: Taro's <Canvas id> renders a custom element holding a <canvas>.
// The weapp side is canvasNode.weapp.ts (Taro picks the file by platform).

export interface CanvasNode {
  /** A Canvas 2D context. */
  context: unknown
  /** Physical pixels the chart draws in (CSS size × pixelRatio); the canvas is sized to them. */
  width: number
  height: number
  pixelRatio: number
}

/** The canvas inside the element `#id`, sized for the screen; null when it is not laid out (yet). */
export function canvasNode(id: string): Promise<CanvasNode | null> {
  const host = document.getElementById(id)
  const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas')
  if (!canvas) return Promise.resolve(null)
  const { width, height } = (host ?? canvas).getBoundingClientRect()
  if (!width || !height) return Promise.resolve(null)
  const pixelRatio = window.devicePixelRatio || 1
  canvas.width = Math.round(width * pixelRatio)
  canvas.height = Math.round(height * pixelRatio)
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  const context = canvas.getContext('2d')
  return Promise.resolve(context ? { context, width: canvas.width, height: canvas.height, pixelRatio } : null)
}
