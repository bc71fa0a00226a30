// A jsdom test environment (miniprogram-simulate needs a DOM) that also runs the REAL local cloud, seeded, for the
// test file. The cloud lives here, in node's own realm: its store compares `instanceof Date` and prototypes, which
// objects made inside the test's jsdom realm would fail. Tests reach it over HTTP (`cloudBridge.ts`) and read the
// plain-JSON facts below from `globalThis.__WEAPP_CLOUD__`.
//
// Docblock pragma `@weappData large` arranges the large block (largeData.ts) before the tests run.
import './rootAlias'
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment'
import { TestEnvironment as JSDOMEnvironment } from 'jest-environment-jsdom'
import { startTestCloud, type TestCloud } from '@/test/helpers/localCloud'
import { arrangeLargeData } from './largeData'
import { DEMO_PEOPLE } from './pageAccess'
import { seedFacts, type SeedFacts } from './seedFacts'

/** What a test file sees as `globalThis.__WEAPP_CLOUD__` (plain JSON: safe across realms). */
export interface WeappCloudInfo {
  url: string
  data: 'seed' | 'large'
  facts: SeedFacts
}

/** 我的诉求 → a need's page: each demo person who has none in the seed raises one, through the real action. */
async function giveEveryoneANeed(cloud: TestCloud): Promise<void> {
  const facts = await seedFacts(cloud.store)
  for (const openid of Object.values(DEMO_PEOPLE)) {
    if (facts.needOf[openid]) continue
    await cloud.callOk('needs.submit', { category: 'other', description: '楼道里的路灯坏了，晚上很黑' }, openid)
  }
}

export default class CloudEnvironment extends JSDOMEnvironment {
  private cloud: TestCloud | undefined
  private readonly data: 'seed' | 'large'

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context)
    this.data = context.docblockPragmas.weappData === 'large' ? 'large' : 'seed'
  }

  async setup(): Promise<void> {
    await super.setup()
    this.cloud = await startTestCloud({ seed: true })
    await giveEveryoneANeed(this.cloud)
    if (this.data === 'large') await arrangeLargeData(this.cloud.store)
    const info: WeappCloudInfo = { url: this.cloud.url, data: this.data, facts: await seedFacts(this.cloud.store) }
    this.global.__WEAPP_CLOUD__ = JSON.parse(JSON.stringify(info))
    const cloud = this.cloud
    // The local cloud's clock (functions and serverDate): an ISO string, or null for real time. Strings only cross realms.
    this.global.__WEAPP_CLOUD_SET_NOW__ = (iso: string | null) => cloud.setNow(iso === null ? null : new Date(iso))
  }

  async teardown(): Promise<void> {
    await this.cloud?.stop()
    await super.teardown()
  }
}
