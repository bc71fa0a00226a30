/** One route of Taro's h5 app config: `load()` fetches the page's code chunk (webpack `import()`), once. */
interface H5Route {
  path: string
  load?: (...args: unknown[]) => unknown
}

const SETTLE_MS = 1500

/**
 * h5 only: Taro's h5 router fetches each page's code when it is first opened, so after the network drops a tab
 * (or 我的活动) not opened yet would not open ("switching tabs offline silently does nothing", issue 15). Shortly
 * after launch, fetch every resident-facing page's chunk once; webpack keeps them, so they open offline. Staff pages
 * are left to load on demand. Taro publishes the config with its routes as `window.__taroAppConfig`
 * (@tarojs/plugin-platform-h5's app entry).
 */
export function preloadPages(): void {
  setTimeout(() => {
    const routes = (window as unknown as { __taroAppConfig?: { routes?: H5Route[] } }).__taroAppConfig?.routes ?? []
    for (const route of routes) {
      if (!route.path.startsWith('features/') || !route.load) continue
      try {
        const loading = route.load()
        const first = Array.isArray(loading) ? loading[0] : loading
        if (first instanceof Promise) first.catch(() => undefined)
      } catch {
        // a page that cannot load now will load when opened
      }
    }
  }, SETTLE_MS)
}
