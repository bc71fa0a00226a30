// stations.nearby over the local cloud at 10,000 stations: end-to-end time, and how much of it is the store.
import { startTestCloud } from '../test/helpers/localCloud'
import { randomPosition, randomStations, seededRandom } from '../test/helpers/randomStations'
import { ms, percentile } from './stats'

const STATION_COUNT = 10_000
const WARMUP = 50
const QUERIES = 500

export async function benchNearbyStations(): Promise<void> {
  const cloud = await startTestCloud()
  try {
    await cloud.store.insertMany('stations', randomStations(STATION_COUNT))
    const store = cloud.store as unknown as { aggregate: (...args: unknown[]) => Promise<unknown> }
    const storeTimes: number[] = []
    const realAggregate = store.aggregate.bind(store)
    store.aggregate = async (...args: unknown[]) => {
      const started = performance.now()
      try {
        return await realAggregate(...args)
      } finally {
        storeTimes.push(performance.now() - started)
      }
    }

    const random = seededRandom(1)
    const totalTimes: number[] = []
    let returned = 0
    for (let i = 0; i < WARMUP + QUERIES; i++) {
      const at = randomPosition(random)
      const started = performance.now()
      const res = await cloud.call<{ stations: unknown[] }>(
        'stations.nearby',
        { lat: at.lat, lng: at.lng, openNow: i % 2 === 0, limit: 20 },
        'bench-courier',
      )
      const took = performance.now() - started
      if (!res.ok) throw new Error(res.error.message)
      if (i >= WARMUP) {
        totalTimes.push(took)
        returned += res.data.stations.length
      }
    }
    const storeSamples = storeTimes.slice(-QUERIES)
    const p50 = percentile(totalTimes, 50)
    const p95 = percentile(totalTimes, 95)
    const storeP50 = percentile(storeSamples, 50)
    const storeP95 = percentile(storeSamples, 95)
    console.log(`\nstations.nearby — ${STATION_COUNT} stations, ${QUERIES} sequential queries (3 km, limit 20, half open-now)`)
    console.log(`  end to end (HTTP → function instance → wx-server-sdk → CloudBase API → store): p50 ${ms(p50)}, p95 ${ms(p95)}`)
    console.log(`  of which the store (geoNear + filters):                                      p50 ${ms(storeP50)}, p95 ${ms(storeP95)}`)
    console.log(`  the rest (HTTP, worker hand-off, SDK request and EJSON both ways):           p50 ${ms(p50 - storeP50)}, p95 ${ms(p95 - storeP95)}`)
    console.log(`  average stations per answer: ${(returned / QUERIES).toFixed(1)}; target p95 ≤ 20 ms: ${p95 <= 20 ? 'met' : 'NOT met'}`)
  } finally {
    await cloud.stop()
  }
}
