/** A typed search term as a literal regular-expression source: `.`, `(`, `*` … match themselves. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** The fields a search looks in. */
export const SEARCHED_FIELDS = ['title', 'summary', 'contactName'] as const
