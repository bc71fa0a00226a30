import { z } from 'zod'
import { day, requestId, text } from './fields'

const id = z.string().min(1, '缺少编号').max(80)
/** A period of Shanghai calendar days, both ends included, at most a year and a day long. */
const period = { from: day(), to: day() }
const periodIsOrdered = (p: { from: string; to: string }) => p.from <= p.to
const MAX_PERIOD_DAYS = 366
const periodIsShort = (p: { from: string; to: string }) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 < MAX_PERIOD_DAYS

/** A volunteer asks for a 时长证明 of their own hours; `name` is the name printed on it (their real name). */
export const hoursCertificateInput = z
  .object({ requestId, name: text({ max: 20, min: 1, required: '请填写姓名' }), ...period })
  .strict()
  .refine(periodIsOrdered, { message: '结束日期不能早于开始日期', path: ['to'] })
  .refine(periodIsShort, { message: '一次最多证明一年', path: ['to'] })

export const verifyHoursCertificateInput = z
  .object({ code: text({ max: 300, min: 1, required: '请扫描或粘贴证明上的二维码', tooLong: '二维码内容过长' }) })
  .strict()

/** Staff export a team's hours for a period, in the national volunteer system's import columns. */
export const exportTeamHoursInput = z
  .object({ teamId: id, ...period })
  .strict()
  .refine(periodIsOrdered, { message: '结束日期不能早于开始日期', path: ['to'] })
  .refine(periodIsShort, { message: '一次最多导出一年', path: ['to'] })

/** What a 时长证明 states, as anyone verifying it sees it. Minutes are whole minutes; days are Shanghai days. */
export interface HoursCertificatePublic {
  name: string
  from: string
  to: string
  totalMinutes: number
  activities: Array<{ title: string; team: string; day: string; minutes: number }>
  issuedAt: string
}

export interface HoursCertificateView extends HoursCertificatePublic {
  id: string
  /** The signed QR content (`NXH1.<id>.<nonce>.<HMAC>`, the badge mechanism with BADGE_SECRET). */
  code: string
}

export interface HoursCertificateVerification {
  valid: boolean
  verdict: 'valid' | 'tampered' | 'unknown'
  certificate: HoursCertificatePublic | null
}

export interface TeamHoursExport {
  fileName: string
  /** UTF-8 CSV with a BOM (Excel opens it as Chinese), the columns of NATIONAL_EXPORT_COLUMNS. */
  csv: string
  rows: number
}

export interface HoursActions {
  'hours.certificate': { input: typeof hoursCertificateInput; output: HoursCertificateView }
  'hours.verifyCertificate': { input: typeof verifyHoursCertificateInput; output: HoursCertificateVerification }
  'hours.exportTeam': { input: typeof exportTeamHoursInput; output: TeamHoursExport }
}
