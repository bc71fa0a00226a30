import { createHash } from 'node:crypto'
import type { ServiceAnswers, VisitView } from '@/types/visits'
import type { Grid } from '@/types/shops.vocab'

/** A visit in `visits` (functions only). The 服务三问 answers live apart, in `visitAnswers`, under the same id. */
export interface VisitDoc {
  _id: string
  shopId: string
  shopName: string
  grid: Grid
  /** Shanghai calendar day, "YYYY-MM-DD" (periods compare as strings). */
  day: string
  staffOpenid: string
  notes: string | null
  photos: string[]
  needId: string | null
  createdAt: Date
}

/** Personal data (party membership): staff see it on a visit; it leaves the system only as dashboard totals. */
export interface VisitAnswersDoc extends ServiceAnswers {
  _id: string
  shopId: string
  grid: Grid
  day: string
}

/** One visit per shop, day and staff member: a double tap cannot log it twice. */
export const visitId = (shopId: string, day: string, staffOpenid: string) => `${shopId}:${day}:${staffOpenid}`

export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

export function toVisitView(doc: VisitDoc, answers: VisitAnswersDoc | undefined, viewer: string): VisitView {
  let shaped: ServiceAnswers | null = null
  if (answers) {
    const { _id, shopId, grid, day, ...rest } = answers
    shaped = rest
  }
  return {
    // The stored id names the staff member who visited: the view gets an opaque stand-in instead.
    id: createHash('sha256').update(doc._id).digest('hex').slice(0, 20),
    shopId: doc.shopId,
    shopName: doc.shopName,
    grid: doc.grid,
    date: doc.day,
    notes: doc.notes,
    photos: doc.photos,
    answers: shaped,
    needId: doc.needId,
    byMe: doc.staffOpenid === viewer,
  }
}
