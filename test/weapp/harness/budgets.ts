// WeChat's runtime budgets for a page (体验评分 / performance audits), and how the simulator's DOM measures against
// them. Source: https://developers.weixin.qq.com/miniprogram/dev/framework/audits/performance.html
// ("WXML 节点数 < 1000，节点树深度 < 30，子节点数不大于 60"; "setData 的数据 ... 不超过 256KB").

export const BUDGETS = { nodes: 1000, depth: 30, children: 60, setDataBytes: 256 * 1024 } as const

export interface TreeStats {
  /** Element nodes below the page root. */
  nodes: number
  /** Longest chain of elements below the page root. */
  depth: number
  /** Most element children of any one element. */
  children: number
}

/** Counts the rendered WXML elements under `root` (text nodes are not WXML nodes). */
export function treeStats(root: Element): TreeStats {
  const stats: TreeStats = { nodes: 0, depth: 0, children: 0 }
  const walk = (element: Element, depth: number) => {
    stats.children = Math.max(stats.children, element.children.length)
    for (const child of Array.from(element.children)) {
      stats.nodes++
      stats.depth = Math.max(stats.depth, depth + 1)
      walk(child, depth + 1)
    }
  }
  walk(root, 0)
  return stats
}
