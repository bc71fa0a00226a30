import { z } from 'zod'
import { day as calendarDay } from './fields'
import type { NeedCategory, NeedLevel, NeedStatus } from './needs.vocab'
import type { Grid } from './shops.vocab'
import type { LedgerActions } from './ledger'

const day = calendarDay()

/** A period of Shanghai calendar days, both ends included. */
export const dashboardInput = z
  .object({ from: day, to: day })
  .strict()
  .refine((p) => p.from <= p.to, { message: '开始日期不能晚于结束日期', when: (ctx) => ctx.issues.length === 0 })

export interface GridCoverage {
  grid: Grid
  /** The grid's name (collection `grids`); its id for a grid no longer stored. */
  gridName: string
  shops: number
  visitedShops: number
  visits: number
  /** 0–100, one decimal. */
  coveragePct: number
}

/** Totals only: never a person, never a staff member's count (no rankings). */
export interface DashboardStats {
  from: string
  to: string
  coverage: GridCoverage[]
  totals: { shops: number; visitedShops: number; visits: number; coveragePct: number }
  needs: {
    total: number
    byLevel: Record<NeedLevel, number>
    byStatus: Record<NeedStatus, number>
    byCategory: Partial<Record<NeedCategory, number>>
    resolved: number
    medianHoursToClose: number | null
  }
  serviceAnswers: { shopsWithPartyMembers: number; partyMembers: number; shopsNeedingChildcare: number; shopsWithDifficulties: number }
  /** From the events and projects features, when they are there. */
  events: Record<string, number> | null
  projects: Record<string, number> | null
}

export interface DashboardActions extends LedgerActions {
  'dashboard.stats': { input: typeof dashboardInput; output: DashboardStats }
  'dashboard.csv': { input: typeof dashboardInput; output: { filename: string; csv: string } }
}
