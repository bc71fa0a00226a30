// wx.createSelectorQuery for the simulator. miniprogram-simulate's own (src/api/selector-query.js) answers undefined
// from select() unless `.in(component)` comes first, so NutUI widgets that measure themselves (Rate) throw in the
// simulator only (PLATFORM.md). jsdom has no layout: every node measures as an empty rectangle at the origin.

type Fields = Record<string, unknown>
interface Item {
  single: boolean
  fields: Fields
  callback?: (result: unknown) => void
}

const EMPTY_RECT = { id: '', dataset: {}, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0, scrollLeft: 0, scrollTop: 0 }

/** A SelectorQuery whose nodes all measure 0 × 0 (selectAll: none found). */
export function createSelectorQuery() {
  const items: Item[] = []
  const nodesRef = (single: boolean) => {
    const ask = (fields: Fields) => (callback?: (result: unknown) => void) => {
      items.push({ single, fields, callback })
      return query
    }
    return {
      boundingClientRect: ask({ rect: true, size: true }),
      scrollOffset: ask({ scrollOffset: true }),
      fields: (fields: Fields, callback?: (result: unknown) => void) => ask(fields)(callback),
      node: ask({ node: true }),
      context: ask({ context: true }),
    }
  }
  const query = {
    in: () => query,
    select: () => nodesRef(true),
    selectAll: () => nodesRef(false),
    selectViewport: () => nodesRef(true),
    exec(callback?: (results: unknown[]) => void) {
      Promise.resolve().then(() => {
        const results = items.map((item) => {
          const result = item.single ? { ...EMPTY_RECT } : []
          item.callback?.(result)
          return result
        })
        callback?.(results)
      })
      return query
    },
  }
  return query
}
