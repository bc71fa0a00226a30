import { Canvas, Text, View } from '@tarojs/components'
import UCharts from '@qiun/ucharts'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { canvasNode } from './canvasNode'
import { weekLabel } from './weekLabel'
import './charts.scss'

export interface TrendSeries {
  name: string
  /** One value per week, oldest first. */
  data: number[]
  color: string
}

export interface TrendChartProps {
  /** Unique on the page: the canvas id and the class tests find. */
  name: string
  title: string
  /** The one unit every series of this chart counts in (次, 件, 人). */
  unit: string
  /** Mondays `YYYY-MM-DD`, oldest first. */
  weeks: string[]
  series: TrendSeries[]
  kind?: 'column' | 'line'
}

/** The y axis' top for counts: the largest value rounded up to a multiple of 4, at least 4. */
export function axisTop(series: TrendSeries[]): number {
  const largest = Math.max(0, ...series.flatMap((s) => s.data))
  return Math.max(4, Math.ceil(largest / 4) * 4)
}

async function draw(props: TrendChartProps) {
  const node = await canvasNode(`chart-${props.name}`)
  if (!node) return // not laid out (e.g. a test's simulator, which has no canvas): the figures below still read
  new UCharts({
    type: props.kind ?? 'column',
    context: node.context,
    canvas2d: true,
    width: node.width,
    height: node.height,
    pixelRatio: node.pixelRatio,
    categories: props.weeks.map(weekLabel),
    series: props.series,
    animation: false,
    background: '#FFFFFF',
    // Large labels for a phone held at arm's length (logical px; uCharts multiplies by pixelRatio).
    fontSize: 14,
    fontColor: '#333333',
    padding: [16, 12, 8, 8],
    dataLabel: false,
    legend: { show: props.series.length > 1, position: 'top', fontSize: 14, lineHeight: 20 },
    xAxis: { disableGrid: true, fontSize: 13, labelCount: 6 },
    // Counts: a top that four grid lines divide into whole numbers (no "0.75 次").
    yAxis: { gridType: 'dash', splitNumber: 4, data: [{ min: 0, max: axisTop(props.series), fontSize: 13 }] },
    extra: { column: { type: 'group', width: 12 }, line: { type: 'straight', width: 3 } },
  })
}

/**
 * A weekly trend drawn with uCharts on a Canvas 2D (weapp) or a browser canvas (h5), one unit per chart, with this
 * week's figures as text beneath (what a screen reader, and a glance, gets).
 */
export function TrendChart(props: TrendChartProps) {
  const key = JSON.stringify([props.weeks, props.series])
  useEffect(() => {
    // After the canvas is rendered (weapp renders on the next tick).
    Taro.nextTick(() => {
      draw(props).catch((err) => console.warn('[TrendChart] not drawn', err))
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  const last = props.weeks.length - 1
  return (
    <View className={`staff-card trend-chart trend-${props.name}`}>
      <View className='trend-chart__title'>
        {props.title}
        <Text className='trend-chart__unit'>（单位：{props.unit}）</Text>
      </View>
      <Canvas type='2d' id={`chart-${props.name}`} canvasId={`chart-${props.name}`} className='trend-chart__canvas' />
      <View className='trend-chart__latest'>
        {props.series.map((s) => (
          <Text key={s.name} className={`trend-chart__figure trend-${props.name}-${s.name}`} style={{ color: s.color }}>
            {`本周${s.name} ${last >= 0 ? s.data[last] : 0}${props.unit}`}
          </Text>
        ))}
      </View>
    </View>
  )
}
