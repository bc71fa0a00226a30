// The dashboard as CSV: the same totals the charts show, nothing per person.
import type { DashboardStats } from '@/types/dashboard'
import { NEED_CATEGORY_LABELS, NEED_LEVEL_LABELS, NEED_STATUS_LABELS, type NeedCategory } from '@/types/needs.vocab'

const cell = (v: string | number | null) => {
  const s = v == null ? '' : String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function statsToCsv(stats: DashboardStats): string {
  const rows: Array<Array<string | number | null>> = [['分组', '项目', '数值', '补充']]
  rows.push(['统计区间', `${stats.from} 至 ${stats.to}`, null, null])
  for (const g of stats.coverage) rows.push(['走访覆盖', g.gridName, g.coveragePct, `${g.visitedShops}/${g.shops} 家，走访 ${g.visits} 次`])
  rows.push(['走访覆盖', '合计', stats.totals.coveragePct, `${stats.totals.visitedShops}/${stats.totals.shops} 家，走访 ${stats.totals.visits} 次`])
  rows.push(['诉求', '总数', stats.needs.total, null])
  for (const [level, n] of Object.entries(stats.needs.byLevel)) rows.push(['诉求哨级', NEED_LEVEL_LABELS[Number(level) as 1 | 2 | 3], n, null])
  for (const [status, n] of Object.entries(stats.needs.byStatus))
    rows.push(['诉求状态', NEED_STATUS_LABELS[status as keyof typeof NEED_STATUS_LABELS], n, null])
  for (const [category, n] of Object.entries(stats.needs.byCategory)) rows.push(['诉求类别', NEED_CATEGORY_LABELS[category as NeedCategory], n ?? 0, null])
  rows.push(['诉求', '办结用时中位数（小时）', stats.needs.medianHoursToClose, null])
  const a = stats.serviceAnswers
  rows.push(['服务三问', '有党员的商户', a.shopsWithPartyMembers, null])
  rows.push(['服务三问', '党员人数', a.partyMembers, null])
  rows.push(['服务三问', '需子女假期照看的商户', a.shopsNeedingChildcare, null])
  rows.push(['服务三问', '反映经营困难的商户', a.shopsWithDifficulties, null])
  for (const [k, n] of Object.entries(stats.events ?? {})) rows.push(['活动', k, n, null])
  for (const [k, n] of Object.entries(stats.projects ?? {})) rows.push(['公益项目', k, n, null])
  // A BOM so Excel opens the Chinese as UTF-8.
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}
