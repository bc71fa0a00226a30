import { View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { Button } from './nutui'

/**
 * Rows a long list shows at first and adds on each "加载更多". WeChat audits a page at ≤ 1,000 WXML nodes, ≤ 60 children
 * under one node and ≤ 256 KB per setData (developers.weixin.qq.com/miniprogram/dev/framework/audits/performance.html);
 * a roster row is about 10 nodes, so 20 rows keep the first screen near 200.
 */
export const LIST_PAGE_SIZE = 20

export interface PagedListProps<T> {
  items: readonly T[]
  /** One row; give it its own `key`. */
  renderItem: (item: T) => ReactNode
  /** Rows per page (default LIST_PAGE_SIZE). */
  pageSize?: number
  className?: string
}

/**
 * A list shown a page at a time, with "加载更多（还有 N 条）" under it while rows remain. Each page is its own View,
 * so no node holds more than `pageSize` rows: 1,000 rows of 20 are 50 pages, still under WeChat's 60 children.
 */
export function PagedList<T>({ items, renderItem, pageSize = LIST_PAGE_SIZE, className }: PagedListProps<T>) {
  const [pagesShown, setPagesShown] = useState(1)
  const shown = Math.min(items.length, pagesShown * pageSize)
  const pages: T[][] = []
  for (let start = 0; start < shown; start += pageSize) pages.push(items.slice(start, Math.min(start + pageSize, shown)))
  const remaining = items.length - shown
  return (
    <View className={className ? `paged-list ${className}` : 'paged-list'}>
      {pages.map((page, index) => (
        <View key={index} className='paged-list__page'>
          {page.map(renderItem)}
        </View>
      ))}
      {remaining > 0 && (
        <Button className='nx-big-button load-more' fill='outline' block onClick={() => setPagesShown((n) => n + 1)}>
          加载更多（还有 {remaining} 条）
        </Button>
      )}
    </View>
  )
}
