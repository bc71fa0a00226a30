// A list's header row → which column holds which field (names folded: case, width and spaces ignored).
import { invalidInput } from '../core/errors'

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/**
 * Maps each field to its column index; refuses a file missing a required column, naming it by `labels`.
 * `hint` ends the message (which columns the list should have).
 */
export function mapColumns<C extends string>(
  header: string[],
  columns: Record<C, readonly string[]>,
  required: readonly C[],
  labels: Record<C, string>,
  hint: string,
): Partial<Record<C, number>> {
  const at: Partial<Record<C, number>> = {}
  header.forEach((title, index) => {
    const t = fold(title)
    for (const column of Object.keys(columns) as C[]) {
      if (at[column] === undefined && columns[column].some((n) => fold(n) === t)) at[column] = index
    }
  })
  const missing = required.filter((c) => at[c] === undefined)
  if (missing.length) throw invalidInput(`第 1 行（表头）缺少列：${missing.map((c) => labels[c]).join('、')}。${hint}`)
  return at
}

/** "31.2049", "31.2049°" → 31.2049; anything else → null. */
export function parseDegrees(text: string): number | null {
  const t = text.normalize('NFKC').replace(/[°\s]/g, '')
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}
