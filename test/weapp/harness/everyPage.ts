// The every-page suite: as one demo person, open each page of app.json they can open, in the weapp build, against
// the real local cloud of this test file (seeded; with `@weappData large`, the large block too), and hold each page
// to what WeChat demands: it renders without a throw, a console.error or a missing template; it finishes loading
// (no skeleton, no error state); and it stays within WeChat's node, depth, children and setData budgets.
import type { Role } from '../../../types/roles'
import { BUDGETS, treeStats } from './budgets'
import { createCloudBridge, type CloudBridge } from './cloudBridge'
import type { WeappCloudInfo } from './cloudEnvironment'
import { watchConsole } from './consoleWatch'
import { appPages, DEMO_PEOPLE, queryFor, rolesFor } from './pageAccess'
import { openTaroApp, type LoadedPage, type TaroApp } from './taroApp'

/** A page has settled when no call is in flight and nothing was sent, answered or set for this long. */
const QUIET_MS = 250
const SETTLE_TIMEOUT_MS = 15000

/** The block centre (31.2046, 121.4247): where the phone says it is. */
const PHONE_POSITION = { latitude: 31.2046, longitude: 121.4247, accuracy: 30, errMsg: 'getLocation:ok' }

export function cloudInfo(): WeappCloudInfo {
  const info = (globalThis as { __WEAPP_CLOUD__?: WeappCloudInfo }).__WEAPP_CLOUD__
  if (!info) throw new Error('No local cloud: run this file in test/weapp/harness/cloudEnvironment.ts (the weapp jest project does).')
  return info
}

/** Waits until the page and its calls have gone quiet. */
export async function settle(page: LoadedPage, bridge: CloudBridge): Promise<void> {
  const start = Date.now()
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 25))
    const last = Math.max(page.setData.lastAt, bridge.lastActivityAt(), start)
    if (bridge.inFlight() === 0 && Date.now() - last >= QUIET_MS) return
    if (Date.now() - start > SETTLE_TIMEOUT_MS) throw new Error(`${page.route} did not settle within ${SETTLE_TIMEOUT_MS} ms`)
  }
}

/** The phone around the app: a position for the location pages; everything else the simulator's defaults. */
export function phone(bridge: CloudBridge): Record<string, unknown> {
  return {
    cloud: bridge.cloud,
    getLocation: (options: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
      setTimeout(() => {
        options.success?.({ ...PHONE_POSITION })
        options.complete?.({ ...PHONE_POSITION })
      }, 5)
    },
  }
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

    it.each(routes)('%s', async (route) => {
      consoleWatch.take()
      const page = app.openPage(route, queryFor(route, role, info.facts))
      try {
        await settle(page, bridge)
        expect(consoleWatch.take()).toEqual([])
        // j-component answers undefined for no match.
        expect(page.comp.querySelector('.nx-loading') ?? null).toBeNull()
        expect(page.comp.querySelector('.nx-error-state')?.dom.textContent ?? null).toBeNull()

        const stats = treeStats(page.comp.dom)
        expect(stats.nodes).toBeLessThanOrEqual(BUDGETS.nodes)
        expect(stats.depth).toBeLessThanOrEqual(BUDGETS.depth)
        expect(stats.children).toBeLessThanOrEqual(BUDGETS.children)
        expect(page.setData.sizes.length).toBeGreaterThan(0)
        expect(Math.max(...page.setData.sizes)).toBeLessThanOrEqual(BUDGETS.setDataBytes)
      } finally {
        page.close()
      }
    }, 30000)
  })
}
