// City scale and the rider's hot path, through the local cloud, each figure beside its baseline from the same run:
// - stations.nearby at 200,000 stations (the 工会驿站 map lists 186,100) against the one-read action users.me;
// - database operations per call of the hot reads (counted by the local cloud, functions/callLog.ts) against the
//   one-read action's one.
import { startTestCloud, type TestCloud } from '../test/helpers/localCloud'
import { STAFF, arrangeEventPeople, eventFields, hoursFrom, ok } from '../test/helpers/eventsFixture'
import { randomPosition, randomStations, seededRandom } from '../test/helpers/randomStations'
import { ms, opsSummary, percentile, ratio } from './stats'

/** BENCH_STATIONS overrides (a quick look); the figure is 200,000. */
const STATION_COUNT = Number(process.env.BENCH_STATIONS || 200_000)
const WARMUP = 30
const QUERIES = 300
const RIDER = 'bench-courier'

/** Sequential calls (one at a time, so each time is the call's own), alternating the two actions measured. */
async function timeSide(cloud: TestCloud, calls: Array<{ name: string; action: string; data: (i: number) => unknown }>) {
  const times = new Map(calls.map((c) => [c.name, [] as number[]]))
  for (let i = 0; i < WARMUP + QUERIES; i++) {
    for (const c of calls) {
      const started = performance.now()
      const res = await cloud.callUnchecked(c.action, c.data(i), RIDER)
      const took = performance.now() - started
      if (!res.ok) throw new Error(`${c.action}: ${res.error.message}`)
      if (i >= WARMUP) times.get(c.name)!.push(took)
    }
  }
  return times
}

async function opsPerCall(cloud: TestCloud, action: string, data: unknown, openid = RIDER): Promise<{ mean: number; max: number }> {
  cloud.callLog.start()
  for (let i = 0; i < 5; i++) {
    const res = await cloud.callUnchecked(action, data, openid)
    if (!res.ok) throw new Error(`${action}: ${res.error.message}`)
  }
  return opsSummary(cloud.callLog.stop().map((c) => c.dbActions))
}

export async function benchNearbyStations(): Promise<void> {
  const cloud = await startTestCloud()
  try {
    const loadStarted = performance.now()
    const stations = randomStations(STATION_COUNT)
    for (let i = 0; i < stations.length; i += 10_000) await cloud.store.insertMany('stations', stations.slice(i, i + 10_000))
    const loadMs = performance.now() - loadStarted
    await arrangeEventPeople(cloud)
    const now = new Date()
    const fields = eventFields({ startAt: hoursFrom(now, 48), endAt: hoursFrom(now, 50), signupDeadline: hoursFrom(now, 24) })
    const { id: eventId } = await ok(cloud, 'events.create', { ...fields, publish: true }, STAFF)
    await cloud.callOk('events.signup', { eventId }, RIDER)

    const random = seededRandom(1)
    const positions = Array.from({ length: WARMUP + QUERIES }, () => randomPosition(random))
    const nearbyData = (i: number) => ({ lat: positions[i].lat, lng: positions[i].lng, openNow: i % 2 === 0, limit: 20 })
    const times = await timeSide(cloud, [
      { name: 'nearby', action: 'stations.nearby', data: nearbyData },
      { name: 'me', action: 'users.me', data: () => ({}) },
    ])
    const nearby = times.get('nearby')!
    const me = times.get('me')!
    const ratioP95 = percentile(nearby, 95) / percentile(me, 95)
    console.log(
      `\nstations.nearby at ${STATION_COUNT.toLocaleString('en')} stations (loaded in ${ms(loadMs)}), ${QUERIES} sequential queries (3 km, limit 20, half open-now), alternating with users.me (one read) as the baseline`,
    )
    console.log(`  users.me:        p50 ${ms(percentile(me, 50))}, p95 ${ms(percentile(me, 95))}`)
    console.log(
      `  stations.nearby: p50 ${ms(percentile(nearby, 50))} (${ratio(percentile(nearby, 50), percentile(me, 50))}), p95 ${ms(percentile(nearby, 95))} (${ratio(percentile(nearby, 95), percentile(me, 95))}; target ≤ 2×: ${ratioP95 <= 2 ? 'met' : 'NOT met'})`,
    )

    const baseline = await opsPerCall(cloud, 'users.me', {})
    const hot: Array<[string, unknown]> = [
      ['stations.nearby', nearbyData(0)],
      ['events.list', {}],
      ['resources.search', { query: '社区' }],
      ['events.get', { id: eventId }],
    ]
    console.log(
      `\nhot reads: database operations per call (local cloud's count; baseline users.me: ${baseline.mean.toFixed(2)}; events.get sends its 4 reads at once: one round trip)`,
    )
    for (const [action, data] of hot) {
      const ops = await opsPerCall(cloud, action, data)
      console.log(`  ${action.padEnd(17)} mean ${ops.mean.toFixed(2)}, max ${ops.max} (${ratio(ops.mean, baseline.mean)} the one-read action)`)
    }
  } finally {
    await cloud.stop()
  }
}
