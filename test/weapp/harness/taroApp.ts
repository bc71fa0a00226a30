// Loads the compiled Taro weapp (dist/) into miniprogram-simulate with the official wcc compiler, as TESTING.md
// describes: stub App/getApp/getCurrentPages, require dist/app.js, shim Page() onto Component(), load each page.
//
// One `openTaroApp` per module registry (per test file, or per `jest.isolateModules`): it is one launch of the app.
// Within it, any number of pages load one after another, the same path more than once too: the simulator requires a
// page's (and Taro's shared `comp`'s) JS only once per registry, so their Component() definitions are replayed.
import fs from 'node:fs'
import path from 'node:path'
import { instrumentSetData, type SetDataLog } from './setDataLog'

export const DIST = path.resolve(__dirname, '../../../dist')

export function assertWeappBuilt(): void {
  if (!fs.existsSync(path.join(DIST, 'app.js')) || !fs.existsSync(path.join(DIST, 'base.wxml'))) {
    throw new Error(`No weapp build in ${DIST}. Build it first: NODE_ENV=production npx taro build --type weapp (the tests build nothing).`)
  }
}

type AnyFn = (...args: unknown[]) => unknown
type Options = Record<string, unknown>
export type SimNode = { dispatchEvent: (name: string, detail?: unknown) => void; dom: HTMLElement }

export interface LoadedPage {
  route: string
  /** j-component's instance of the page. */
  comp: {
    dom: HTMLElement
    querySelector: (selector: string) => SimNode | null
    querySelectorAll: (selector: string) => SimNode[]
    attach: (parent: HTMLElement) => void
    detach: () => void
  }
  text: () => string
  /** Every setData of the page and of Taro's custom wrappers while it was open. */
  setData: SetDataLog
  /** onHide + onUnload (React unmounts), then detach: as navigating away. */
  close: () => void
}

export interface TaroApp {
  /** Opens `route` (no leading slash) with its query, as WeChat does: onLoad(query), onShow, onReady. */
  openPage: (route: string, query?: Record<string, string>) => LoadedPage
}

/**
 * Launches the app in the current module registry. `wxFakes` go onto the simulator's `wx` first: Taro copies the API
 * list at start-up, so a fake added later would not be seen.
 */
export function openTaroApp(wxFakes: Record<string, unknown>): TaroApp {
  assertWeappBuilt()
  const g = globalThis as unknown as Record<string, unknown>
  // Requiring the simulator defines `wx` and `Component` on the global.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simulate = require('miniprogram-simulate')
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const simulateUtils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }
  Object.assign(g.wx as object, wxFakes)

  let appOptions: Record<string, AnyFn> = {}
  const stack: unknown[] = []
  g.App = (options: Record<string, AnyFn>) => {
    appOptions = options
  }
  g.getApp = () => appOptions
  g.getCurrentPages = () => stack

  // Every component's setData is measured; the log of the page being opened receives it.
  let currentLog: SetDataLog | null = null
  const simComponent = g.Component as (definition: Options) => unknown
  const definitions = new Map<string, Options>()
  let loadingFile = ''
  const register = (definition: Options) => {
    definitions.set(loadingFile, definition)
    const lifetimes = (definition.lifetimes ?? {}) as Record<string, AnyFn>
    return simComponent({
      ...definition,
      lifetimes: {
        ...lifetimes,
        created(this: Options) {
          if (currentLog) instrumentSetData(this, currentLog)
          return lifetimes.created?.call(this)
        },
      },
    })
  }
  g.Component = register
  // A file the registry has already run registers nothing the second time: replay what it registered.
  simulateUtils.runJs = (file: string) => {
    loadingFile = file
    const known = definitions.get(file)
    if (known) register(known)
    else require(file)
  }

  let currentRoute = ''
  let currentQuery: Record<string, string> = {}
  g.Page = (options: Options) => {
    const methods: Record<string, AnyFn> = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value as AnyFn
    return register({
      data: options.data,
      methods,
      lifetimes: {
        attached(this: Record<string, AnyFn | string>) {
          this.route = this.__route__ = currentRoute
          stack.push(this)
          ;(this.onLoad as AnyFn)({ ...currentQuery })
          ;(this.onShow as AnyFn)()
          ;(this.onReady as AnyFn)()
        },
      },
    })
  }

  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require(path.join(DIST, 'app.js'))
  appOptions.onLaunch?.call(appOptions, { path: '', query: {}, scene: 1001 })
  appOptions.onShow?.call(appOptions, { path: '', query: {}, scene: 1001 })

  return {
    openPage(route, query = {}) {
      currentRoute = route
      currentQuery = query
      const log: SetDataLog = { sizes: [], lastAt: 0 }
      currentLog = log
      const id = simulate.load(path.join(DIST, route), { compiler: 'official', rootPath: DIST })
      const comp = simulate.render(id)
      comp.attach(document.createElement('parent-wrapper'))
      const instance = stack[stack.length - 1] as Record<string, AnyFn>
      return {
        route,
        comp,
        text: () => comp.dom.textContent ?? '',
        setData: log,
        close() {
          instance.onHide?.()
          instance.onUnload?.()
          stack.splice(stack.indexOf(instance), 1)
          comp.detach()
          if (currentLog === log) currentLog = null
        },
      }
    },
  }
}

/** React renders asynchronously: poll until `check` holds. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
