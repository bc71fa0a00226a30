// @qiun/ucharts ships no types: the part of its options and instance this app uses (u-charts.js `uCharts(opts)`).
declare module '@qiun/ucharts' {
  export interface UChartsSeries {
    name: string
    data: number[]
    color?: string
  }
  export interface UChartsOptions {
    type: 'column' | 'line' | 'area'
    /** A Canvas 2D context (weapp `canvas.getContext('2d')`, or the browser's). */
    context: unknown
    /** Standard Canvas 2D API (weapp type="2d" and the browser) rather than the old wx.createCanvasContext one. */
    canvas2d: boolean
    /** Physical pixels (CSS size × pixelRatio). */
    width: number
    height: number
    pixelRatio: number
    categories: string[]
    series: UChartsSeries[]
    animation?: boolean
    background?: string
    fontSize?: number
    fontColor?: string
    padding?: [number, number, number, number]
    dataLabel?: boolean
    legend?: { show?: boolean; position?: 'top' | 'bottom'; fontSize?: number; lineHeight?: number }
    xAxis?: { disableGrid?: boolean; fontSize?: number; labelCount?: number; fontColor?: string }
    yAxis?: {
      gridType?: 'solid' | 'dash'
      data?: Array<{ min?: number; max?: number; title?: string; fontSize?: number; titleFontSize?: number }>
      splitNumber?: number
    }
    extra?: Record<string, unknown>
  }
  export default class UCharts {
    constructor(options: UChartsOptions)
  }
}
