// Loads a page of the compiled Taro weapp (dist/) into miniprogram-simulate, as TESTING.md describes:
// stub App/getApp/getCurrentPages, require dist/app.js, shim Page() onto Component(), load with the official compiler.
import fs from 'node:fs'
import path from 'node:path'

export const DIST = path.resolve(__dirname, '../../dist')

export function assertWeappBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.js')) || !fs.existsSync(path.join(DIST, 'base.wxml'))) {
    throw new Error(
      `No weapp build in ${DIST}. Build it first: NODE_ENV=production npx taro build --type weapp (this test builds nothing itself).`,
    )
  }
}

type AnyFn = (...args: unknown[]) => unknown
type WxLike = Record<string, unknown>

/** Puts fakes on the simulator's `wx` BEFORE the app loads (Taro copies the API list at start-up). */
export function installWx(fakes: WxLike): WxLike {
  // Requiring the simulator defines the `wx` global.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('miniprogram-simulate')
  const wx = (globalThis as unknown as { wx: WxLike }).wx
  Object.assign(wx, fakes)
  return wx
}

export interface LoadedPage {
  // j-component's instance: dom, querySelector, ...
  comp: {
    dom: HTMLElement
    querySelector: (selector: string) => { dispatchEvent: (name: string, detail?: unknown) => void; dom: HTMLElement } | null
    querySelectorAll: (selector: string) => Array<{ dispatchEvent: (name: string, detail?: unknown) => void; dom: HTMLElement }>
    attach: (parent: HTMLElement) => void
  }
  text: () => string
}

export function loadTaroPage(route: string): LoadedPage {
  assertWeappBuilt()
  const g = globalThis as unknown as Record<string, unknown>
  let appOptions: Record<string, AnyFn> = {}
  const pages: unknown[] = []
  g.App = (options: Record<string, AnyFn>) => {
    appOptions = options
  }
  g.getApp = () => appOptions
  g.getCurrentPages = () => pages

  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require(path.join(DIST, 'app.js'))
  appOptions.onLaunch?.call(appOptions, { path: route, query: {}, scene: 1001 })

  const Component = g.Component as (definition: unknown) => unknown
  g.Page = (options: Record<string, unknown>) => {
    const methods: Record<string, AnyFn> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value as AnyFn
    return Component({
      data: options.data,
      methods,
      lifetimes: {
        attached(this: Record<string, AnyFn | string>) {
          this.route = this.__route__ = route
          pages.push(this)
          ;(this.onLoad as AnyFn)({})
          ;(this.onShow as AnyFn)()
          ;(this.onReady as AnyFn)()
        },
      },
    })
  }

  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simulate = require('miniprogram-simulate')
  const id = simulate.load(path.join(DIST, route), { compiler: 'official', rootPath: DIST })
  const comp = simulate.render(id)
  comp.attach(document.createElement('parent-wrapper'))
  return { comp, text: () => comp.dom.textContent ?? '' }
}

/** React renders asynchronously: poll until `check` holds. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
