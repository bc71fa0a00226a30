// wx-server-sdk's typings describe results loosely (`IQueryResult | void | string`); these give them a shape once.

interface Gettable {
  get(): unknown
}
interface Endable {
  end(): unknown
}

export async function getDocs<T>(query: Gettable): Promise<T[]> {
  const result = (await query.get()) as { data: T[] }
  return result.data
}

export async function firstDoc<T>(query: Gettable): Promise<T | null> {
  return (await getDocs<T>(query))[0] ?? null
}

export async function aggregateDocs<T>(pipeline: Endable): Promise<T[]> {
  const result = (await pipeline.end()) as { list: T[] }
  return result.list
}

/** What CloudBase lets a transaction do: single-document operations only (see PLATFORM.md). */
export interface TransactionDoc {
  get(): Promise<{ data: unknown }>
  set(options: { data: object }): Promise<unknown>
  update(options: { data: object }): Promise<{ stats: { updated: number } }>
  remove(): Promise<unknown>
}
export interface Transaction {
  collection(name: string): { doc(id: string): TransactionDoc; add(options: { data: object }): Promise<{ _id: string }> }
}

/** Functions read at most 1,000 records at once: every record a query matches, page by page. */
export async function allDocs<T>(pageAt: (skip: number, limit: number) => Gettable, pageSize = 1000): Promise<T[]> {
  const all: T[] = []
  for (;;) {
    const page = await getDocs<T>(pageAt(all.length, pageSize))
    all.push(...page)
    if (page.length < pageSize) return all
  }
}
