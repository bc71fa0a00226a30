// The every-page suite: as one demo person, open each page of app.json they can open, in the weapp build, against
// the real local cloud of this test file (seeded; with `@weappData large`, the large block too), and hold each page
// to what WeChat demands: it renders without a throw, a console.error or a missing template; it finishes loading
// (no skeleton, no error state); and it stays within WeChat's node, depth, children and setData budgets.
import fs from 'node:fs'
import type { Role } from '@/types/roles'
import { BUDGETS, treeStats } from './budgets'
import { createCloudBridge, type CloudBridge } from './cloudBridge'
import type { WeappCloudInfo } from './cloudEnvironment'
import { watchConsole } from './consoleWatch'
import { appPages, DEMO_PEOPLE, queryFor, rolesFor } from './pageAccess'
import { createSelectorQuery } from './selectorQuery'
import { openTaroApp, type LoadedPage, type TaroApp } from './taroApp'

/**
 * A page has settled when no call is in flight and nothing was sent, answered or set for QUIET_MS, the last answer
 * already rendered (a setData after it); an answer that changes nothing on screen waits QUIET_NO_RENDER_MS instead.
 */
const QUIET_MS = 250
const QUIET_NO_RENDER_MS = 1500
const SETTLE_TIMEOUT_MS = 15000

/** The block centre (31.2046, 121.4247): where the phone says it is. */
const PHONE_POSITION = { latitude: 31.2046, longitude: 121.4247, accuracy: 30, errMsg: 'getLocation:ok' }

export function cloudInfo(): WeappCloudInfo {
  const info = (globalThis as { __WEAPP_CLOUD__?: WeappCloudInfo }).__WEAPP_CLOUD__
  if (!info) throw new Error('No local cloud: run this file in test/weapp/harness/cloudEnvironment.ts (the weapp jest project does).')
  return info
}

/** Fixes the local cloud's clock for this test file (null: real time again). */
export function setCloudNow(iso: string | null): void {
  const setNow = (globalThis as { __WEAPP_CLOUD_SET_NOW__?: (iso: string | null) => void }).__WEAPP_CLOUD_SET_NOW__
  if (!setNow) throw new Error('No local cloud: run this file in test/weapp/harness/cloudEnvironment.ts.')
  setNow(iso)
}

/**
 * Waits until the page and its calls have gone quiet and it shows more than a skeleton; gives up after
 * SETTLE_TIMEOUT_MS (the checks then report what is still wrong).
 */
export async function settle(page: LoadedPage, bridge: CloudBridge): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < SETTLE_TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 25))
    if (bridge.inFlight() > 0 || page.setData.sizes.length === 0 || page.comp.querySelector('.nx-loading')) continue
    const last = Math.max(page.setData.lastAt, bridge.lastActivityAt(), start)
    const rendered = page.setData.lastAt >= bridge.lastActivityAt()
    if (Date.now() - last >= (rendered ? QUIET_MS : QUIET_NO_RENDER_MS)) return
  }
}

/**
 * The phone around the app: the cloud bridge, a position for the location pages, a SelectorQuery that measures (the
 * simulator's does not); everything else the simulator's defaults.
 */
export function phone(bridge: CloudBridge): Record<string, unknown> {
  return {
    cloud: bridge.cloud,
    createSelectorQuery,
    getLocation: (options: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
      setTimeout(() => {
        options.success?.({ ...PHONE_POSITION })
        options.complete?.({ ...PHONE_POSITION })
      }, 5)
    },
  }
}

/** Everything wrong with a settled page, as readable lines (none: it passes). */
export function pageProblems(page: LoadedPage, consoleProblems: string[], context = ''): string[] {
  const problems = [...consoleProblems]
  // j-component answers undefined for no match.
  if (page.comp.querySelector('.nx-loading')) problems.push('still loading: the skeleton is on screen after the page settled')
  const errorState = page.comp.querySelector('.nx-error-state')
  if (errorState) problems.push(`error state: ${errorState.dom.textContent}`)
  const stats = treeStats(page.comp.dom)
  const largestSetData = Math.max(0, ...page.setData.sizes)
  if (stats.nodes > BUDGETS.nodes) problems.push(`${stats.nodes} WXML nodes (budget ${BUDGETS.nodes})`)
  if (stats.depth > BUDGETS.depth) problems.push(`tree depth ${stats.depth} (budget ${BUDGETS.depth})`)
  if (stats.children > BUDGETS.children) problems.push(`${stats.children} children under one node (budget ${BUDGETS.children})`)
  if (page.setData.sizes.length === 0) problems.push('no setData: the page rendered nothing')
  if (largestSetData > BUDGETS.setDataBytes) problems.push(`a setData of ${largestSetData} bytes (budget ${BUDGETS.setDataBytes})`)
  if (process.env.WEAPP_PAGE_STATS) {
    const line = { context, route: page.route, ...stats, setDataCalls: page.setData.sizes.length, largestSetData }
    fs.appendFileSync(process.env.WEAPP_PAGE_STATS, `${JSON.stringify(line)}\n`)
  }
  return problems
}

export function describeEveryPage(role: Role): void {
  const info = cloudInfo()
  const routes = appPages().filter((route) => rolesFor(route).includes(role))

  describe(`every page a ${role} can open (weapp build, real local cloud, ${info.data} data)`, () => {
    let bridge: CloudBridge
    let app: TaroApp
    const consoleWatch = watchConsole()

    beforeAll(() => {
      bridge = createCloudBridge(info.url, DEMO_PEOPLE[role])
      app = openTaroApp(phone(bridge))
    })
    afterAll(() => consoleWatch.restore())

    it.each(routes)(
      '%s',
      async (route) => {
        consoleWatch.take()
        const callsBefore = bridge.calls.length
        const page = app.openPage(route, queryFor(route, role, info.facts))
        try {
          await settle(page, bridge)
          const problems = pageProblems(page, consoleWatch.take(), `${role} ${info.data}`)
          if (problems.length) {
            const actions = bridge.calls.slice(callsBefore).map((call) => call.data.action ?? call.name)
            problems.push(`(calls: ${actions.join(', ') || 'none'}; setData: ${page.setData.sizes.join(', ')} bytes)`)
          }
          expect({ route, problems }).toEqual({ route, problems: [] })
        } finally {
          page.close()
        }
      },
      30000,
    )
  })
}
