// The monthly ledger's sheets as plain tables (no database, no file format): what each row says and the totals.
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@/types/projects.vocab'
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, type EventKind, type EventStatus } from '@/types/events.vocab'
import { NEED_CATEGORY_LABELS, NEED_LEVEL_LABELS, NEED_STATUS_LABELS, type NeedCategory, type NeedLevel, type NeedStatus } from '@/types/needs.vocab'
import type { Grid } from '@/types/shops.vocab'
import { PARTY_MEMBERSHIP_LABELS } from '@/types/visits.vocab'
import { shanghaiDay } from '@/types/text'
import type { ServiceAnswers } from '@/types/visits'
import type { EventAttendance } from './attendance'
import { answerFigures, type AnswerRow } from './figures'
import { median } from '../needs/rules'

export type LedgerCell = string | number | null
/** One sheet: a heading row, data rows, then total rows (each starting with a label in the first column). */
export interface LedgerTable {
  name: string
  heading: string[]
  rows: LedgerCell[][]
  totals: LedgerCell[][]
}

export interface LedgerVisit {
  _id: string
  day: string
  grid: Grid
  shopName: string
}
export interface LedgerNeed {
  _id: string
  category: NeedCategory
  level: NeedLevel
  status: NeedStatus
  shopName: string | null
  stationName: string | null
  description?: string | null
  createdAt: Date | string
  resolvedAt: Date | string | null
}
export interface LedgerEvent {
  _id: string
  title: string
  kind: EventKind
  status: EventStatus
  startAt: Date | string
  capacity: number
  place: { name: string }
}
export interface LedgerClaim {
  _id: string
  projectName: string
  shopName: string
  status: ClaimStatus
  createdAt: Date | string
}

const HOUR_MS = 3_600_000
const round1 = (n: number) => Math.round(n * 10) / 10
/** Chinese names in pinyin order, as people look them up on paper. */
const byName = new Intl.Collator('zh-Hans-CN').compare
const yesNo = (b: boolean | null | undefined) => (b ? '是' : '否')

/** Hours from opening to closing a need, one decimal; null while it is open. */
export function hoursToClose(need: Pick<LedgerNeed, 'createdAt' | 'resolvedAt' | 'status'>): number | null {
  if (need.status !== 'resolved' || !need.resolvedAt) return null
  return round1((new Date(need.resolvedAt).getTime() - new Date(need.createdAt).getTime()) / HOUR_MS)
}

/**
 * 走访: one row per visit, then the 服务三问 totals (each shop once, by its latest answers of the month).
 * The per-visit answers are personal (party membership): only with `personal`. `gridNames`: grid id → name
 * (collection `grids`); a grid not there shows its id.
 */
export function visitsTable(visits: LedgerVisit[], answers: Map<string, AnswerRow>, personal: boolean, gridNames: Map<string, string>): LedgerTable {
  const heading = ['走访日期', '网格', '商户', ...(personal ? ['有无党员', '党员人数', '子女假期照看', '经营困难'] : [])]
  const sorted = [...visits].sort((a, b) => a.day.localeCompare(b.day) || byName(a.shopName, b.shopName))
  const rows = sorted.map((v) => {
    const base: LedgerCell[] = [v.day, gridNames.get(v.grid) ?? v.grid, v.shopName]
    if (!personal) return base
    const a: Partial<ServiceAnswers> = answers.get(v._id) ?? {}
    return [
      ...base,
      a.partyMembers ? PARTY_MEMBERSHIP_LABELS[a.partyMembers] : null,
      a.partyMemberCount ?? null,
      yesNo(a.childcareNeeded),
      a.difficulties?.trim() || null,
    ]
  })
  const f = answerFigures([...answers.values()])
  const shops = new Set(visits.map((v) => v.shopName)).size
  return {
    name: '走访',
    heading,
    rows,
    totals: [
      ['走访次数', visits.length],
      ['走访商户数', shops],
      ['服务三问·有党员的商户', f.shopsWithPartyMembers],
      ['服务三问·党员人数', f.partyMembers],
      ['服务三问·需子女假期照看的商户', f.shopsNeedingChildcare],
      ['服务三问·反映经营困难的商户', f.shopsWithDifficulties],
    ],
  }
}

/** 诉求: one row per need opened in the month, with its whistle level and the hours it took to close. */
export function needsTable(needs: LedgerNeed[], personal: boolean): LedgerTable {
  const sorted = [...needs].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())
  const rows = sorted.map((n): LedgerCell[] => [
    shanghaiDay(n.createdAt),
    NEED_CATEGORY_LABELS[n.category] ?? n.category,
    NEED_LEVEL_LABELS[n.level],
    NEED_STATUS_LABELS[n.status],
    n.shopName ?? n.stationName ?? null,
    n.status === 'resolved' && n.resolvedAt ? shanghaiDay(n.resolvedAt) : null,
    hoursToClose(n),
    ...(personal ? [n.description ?? null] : []),
  ])
  const closed = needs.map(hoursToClose).filter((h): h is number => h != null)
  const mid = median(closed)
  const byLevel = ([1, 2, 3] as const).map((l): LedgerCell[] => [`哨级·${NEED_LEVEL_LABELS[l]}`, needs.filter((n) => n.level === l).length])
  return {
    name: '诉求',
    heading: ['提交日期', '类别', '哨级', '状态', '商户或驿站', '办结日期', '办结用时（小时）', ...(personal ? ['问题描述'] : [])],
    rows,
    totals: [['诉求总数', needs.length], ...byLevel, ['已办结', closed.length], ['办结用时中位数（小时）', mid == null ? null : round1(mid)]],
  }
}

/** 活动: one row per event that started in the month, with seats and check-ins. */
export function eventsTable(events: LedgerEvent[], attendance: Map<string, EventAttendance>): LedgerTable {
  const sorted = [...events].sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime())
  const none: EventAttendance = { seated: 0, waitlisted: 0, checkedIn: 0 }
  const rows = sorted.map((e): LedgerCell[] => {
    const a = attendance.get(e._id) ?? none
    return [
      shanghaiDay(e.startAt),
      e.title,
      EVENT_KIND_LABELS[e.kind] ?? e.kind,
      EVENT_STATUS_LABELS[e.status] ?? e.status,
      e.place?.name ?? null,
      e.capacity,
      a.seated,
      a.waitlisted,
      a.checkedIn,
    ]
  })
  const sum = (k: keyof EventAttendance) => events.reduce((s, e) => s + (attendance.get(e._id)?.[k] ?? 0), 0)
  return {
    name: '活动',
    heading: ['活动日期', '活动名称', '类型', '状态', '地点', '名额', '入座', '候补', '签到'],
    rows,
    totals: [
      ['活动场次', events.length],
      ['入座人数', sum('seated')],
      ['候补人数', sum('waitlisted')],
      ['签到人数', sum('checkedIn')],
    ],
  }
}

/** 公益项目: each claim made in the month or fulfilled in it, its status now and the month's fulfilment entries. */
export function claimsTable(claims: LedgerClaim[], fulfilledInMonth: Map<string, number>): LedgerTable {
  const sorted = [...claims].sort((a, b) => byName(a.projectName, b.projectName) || byName(a.shopName, b.shopName))
  const rows = sorted.map((c): LedgerCell[] => [
    c.projectName,
    c.shopName,
    CLAIM_STATUS_LABELS[c.status] ?? c.status,
    shanghaiDay(c.createdAt),
    fulfilledInMonth.get(c._id) ?? 0,
  ])
  const fulfilments = [...fulfilledInMonth.values()].reduce((s, n) => s + n, 0)
  return {
    name: '公益项目',
    heading: ['项目', '商户', '认领状态', '认领日期', '本月履约次数'],
    rows,
    totals: [
      ['认领数', claims.length],
      ['本月履约次数', fulfilments],
      ['履约商户数', new Set(claims.filter((c) => fulfilledInMonth.get(c._id)).map((c) => c.shopName)).size],
    ],
  }
}
