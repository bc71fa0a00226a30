// dashboard.ledger: the month's 台账 as an .xlsx file in cloud storage, with a temporary link for the app.
import { STAFF_ROLES } from '@/types/roles'
import { randomBytes } from 'node:crypto'
import { ledgerInput, type LedgerFile } from '@/types/ledger'
import { defineAction } from '../core/action'
import { _, cloud, db } from '../core/cloud'
import { aggregateDocs, allDocs } from '../core/db'
import { forbidden } from '../core/errors'
import { logAccess } from '../core/privacy'
import type { AnswerRow } from './figures'
import {
  claimsTable,
  eventsTable,
  needsTable,
  visitsTable,
  type LedgerClaim,
  type LedgerEvent,
  type LedgerNeed,
  type LedgerTable,
  type LedgerVisit,
} from './ledgerSheets'
import { ledgerWorkbook } from './ledgerWorkbook'
import { monthWindow, type MonthWindow } from './monthWindow'
import { ledgerScopeWhere } from './scope'
import { attendanceOf } from './attendance'
import { claims, fulfilments } from '../projects/store'

/** The file is a snapshot for download: its link lasts a day (getTempFileURL's max_age, seconds). */
const LINK_SECONDS = 24 * 60 * 60

type Collection = ReturnType<typeof db.collection>

function allOf<T>(collection: string | Collection, where: object, fields: Record<string, true>): Promise<T[]> {
  const c = typeof collection === 'string' ? db.collection(collection) : collection
  return allDocs<T>((skip, limit) => c.where(where).field(fields).orderBy('_id', 'asc').skip(skip).limit(limit))
}

async function visitsSheet(w: MonthWindow, inScope: Record<string, unknown>, personal: boolean): Promise<LedgerTable> {
  const inMonth = { ...inScope, day: _.gte(w.firstDay).and(_.lt(w.nextFirstDay)) }
  const [visits, grids, answers] = await Promise.all([
    allOf<LedgerVisit>('visits', inMonth, { day: true, grid: true, shopName: true }),
    // Grids store blockId and streetId: the scope's filter selects the scope's grids.
    allOf<{ _id: string; name: string }>('grids', inScope, { name: true }),
    allOf<AnswerRow & { _id: string }>('visitAnswers', inMonth, {
      shopId: true,
      day: true,
      partyMembers: true,
      partyMemberCount: true,
      childcareNeeded: true,
      difficulties: true,
    }),
  ])
  return visitsTable(visits, new Map(answers.map((a) => [a._id, a])), personal, new Map(grids.map((g) => [g._id, g.name])))
}

async function needsSheet(w: MonthWindow, inScope: Record<string, unknown>, personal: boolean): Promise<LedgerTable> {
  const fields = {
    category: true,
    level: true,
    status: true,
    shopName: true,
    stationName: true,
    createdAt: true,
    resolvedAt: true,
    ...(personal ? { description: true } : {}),
  } as Record<string, true>
  const needs = await allOf<LedgerNeed>('needs', { ...inScope, createdAt: _.gte(w.start).and(_.lt(w.end)) }, fields)
  return needsTable(needs, personal)
}

async function eventsSheet(w: MonthWindow, inScope: Record<string, unknown>): Promise<LedgerTable> {
  const events = await allOf<LedgerEvent>(
    'events',
    { ...inScope, status: _.in(['published', 'cancelled']), startAt: _.gte(w.start).and(_.lt(w.end)) },
    { title: true, kind: true, status: true, startAt: true, capacity: true, place: true },
  )
  return eventsTable(events, await attendanceOf(events.map((e) => e._id)))
}

async function claimsSheet(w: MonthWindow, inScope: Record<string, unknown>): Promise<LedgerTable> {
  const $ = _.aggregate
  const fulfilled = await aggregateDocs<{ _id: string; n: number }>(
    fulfilments()
      .aggregate()
      .match({ ...inScope, date: _.gte(w.firstDay).and(_.lt(w.nextFirstDay)) })
      .group({ _id: '$claimId', n: $.sum(1) })
      .limit(1000),
  )
  const fields = { projectName: true, shopName: true, status: true, createdAt: true } as Record<string, true>
  const madeInMonth = await allOf<LedgerClaim>(claims(), { ...inScope, createdAt: _.gte(w.start).and(_.lt(w.end)) }, fields)
  const missing = fulfilled.map((f) => f._id).filter((id) => !madeInMonth.some((c) => c._id === id))
  let earlier: LedgerClaim[] = []
  for (let i = 0; i < missing.length; i += 100) earlier = earlier.concat(await allOf<LedgerClaim>(claims(), { _id: _.in(missing.slice(i, i + 100)) }, fields))
  return claimsTable([...madeInMonth, ...earlier], new Map(fulfilled.map((f) => [f._id, f.n])))
}

export const ledgerAction = defineAction({
  name: 'dashboard.ledger',
  input: ledgerInput,
  roles: STAFF_ROLES,
  async handle({ caller, input, now }): Promise<LedgerFile> {
    const personal = input.includePersonal === true
    if (personal && !caller.roles.includes('admin')) throw forbidden('含个人信息的台账仅限街道管理员导出')
    const w = monthWindow(input.month)
    const inScope = await ledgerScopeWhere(caller, input.scope)
    const tables = await Promise.all([visitsSheet(w, inScope, personal), needsSheet(w, inScope, personal), eventsSheet(w, inScope), claimsSheet(w, inScope)])
    // Like opening a roster's forms: each export of personal data names who took it (core/privacy.ts), before the
    // file exists, so no personal file is made without its log entry.
    if (personal) await logAccess(caller, 'ledger.personal', `${input.month}${input.scope?.blockId ? `:${input.scope.blockId}` : ''}`, null, now)
    const name = randomBytes(12).toString('hex')
    const { fileID } = await cloud.uploadFile({ cloudPath: `ledgers/${name}.xlsx`, fileContent: await ledgerWorkbook(tables) })
    const { fileList } = (await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LINK_SECONDS }] })) as { fileList: Array<{ tempFileURL: string }> }
    const blockPart = input.scope?.blockId ? `_${input.scope.blockId}` : ''
    return {
      filename: `暖新街区台账_${input.month}${blockPart}${personal ? '_含个人信息' : ''}.xlsx`,
      fileID,
      url: fileList[0]?.tempFileURL ?? '',
      sheets: tables.map((t) => ({ name: t.name, rows: t.rows.length })),
    }
  },
})
