// The team's hours as rows for the national volunteer system's batch import (全国志愿服务信息系统 / 中国志愿服务网,
// 服务时长批量导入). Its official template could not be found in public sources, so the columns are ASSUMED (README,
// "Volunteer hours"): one row per person per activity, hours with one decimal. 证件类型 / 证件号码 are left empty —
// this app never collects ID numbers (PIPL: collect the minimum); the team's administrator fills them from the
// national system's own roster, where each volunteer is registered by real name.
import { shanghaiTime } from '@/types/text'
import { toCsv } from '../events/rules'

export const NATIONAL_EXPORT_COLUMNS = [
  '序号',
  '姓名',
  '证件类型',
  '证件号码',
  '志愿队',
  '活动名称',
  '服务开始时间',
  '服务结束时间',
  '服务时长（小时）',
  '备注',
] as const

export interface HoursRow {
  name: string
  team: string
  activity: string
  checkInAt: Date | null
  checkOutAt: Date | null
  minutes: number
  note: string | null
}

/** Hours with one decimal, rounded half up: 90 min → "1.5". */
export const hoursText = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1)

/** The CSV (UTF-8 with BOM, CRLF, every cell quoted, formulas neutralised: events/rules.ts toCsv), rows in the order given. */
export function nationalExportCsv(rows: HoursRow[]): string {
  const data = rows.map((r, i) => [
    String(i + 1),
    r.name,
    '',
    '',
    r.team,
    r.activity,
    r.checkInAt ? shanghaiTime(r.checkInAt) : '',
    r.checkOutAt ? shanghaiTime(r.checkOutAt) : '',
    hoursText(r.minutes),
    r.note ?? '',
  ])
  return toCsv([...NATIONAL_EXPORT_COLUMNS], data)
}
