// Issue 16: the street dashboard (org.dashboard) for a street of 3 blocks with 1,000 shops and 10,000 visits, as the
// street admin opens it: its time and its database round trips (counted by the local cloud, functions/callLog.ts).
// Beside it, the floor: users.me (one read) on the same cloud.
import { startTestCloud } from '../test/helpers/localCloud'
import { arrangeStreet, ORG_FROM, ORG_TO } from '../test/helpers/orgFixture'
import { ms, percentile } from './stats'

const RUNS = 10

export async function benchOrgDashboard(): Promise<void> {
  const cloud = await startTestCloud({ seed: false })
  try {
    await arrangeStreet(cloud, { shops: 1000, visits: 10_000, needs: 600, events: 90 }, new Date())
    const who = 'bench-street-admin'
    const time = async (action: string, data: object) => {
      const samples: number[] = []
      let ops = 0
      for (let i = 0; i < RUNS; i++) {
        cloud.callLog.start()
        const started = performance.now()
        const answer = await cloud.callUnchecked(action, data, who)
        if (!answer.ok) throw new Error(`${action}: ${answer.error.code} ${answer.error.message}`)
        samples.push(performance.now() - started)
        ops = cloud.callLog.stop().find((c) => c.action === action)?.dbActions ?? NaN
      }
      return { p50: percentile(samples, 50), p95: percentile(samples, 95), ops }
    }
    await time('users.me', {}) // warm
    const floor = await time('users.me', {})
    const dash = await time('org.dashboard', { from: ORG_FROM, to: ORG_TO })
    console.log('\nstreet dashboard (org.dashboard): 3 blocks, 1,000 shops, 10,000 visits, 600 needs, 90 events')
    console.log(`  p50 ${ms(dash.p50)}, p95 ${ms(dash.p95)} over ${RUNS} calls; ${dash.ops} database round trips per call`)
    console.log(`  floor users.me: p50 ${ms(floor.p50)}, ${floor.ops} round trip(s)`)
  } finally {
    await cloud.stop()
  }
}
