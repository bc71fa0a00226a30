// Issue 17, target 4: the local cloud's own overhead. 1,000 concurrent one-read calls (users.me) through the local
// cloud (requests from a separate process; the real wx-server-sdk in each of 64 instances talks HTTP to the local
// cloud's CloudBase server API), with the local cloud's speed-ups on, and off (LOCAL_CLOUD_UNTUNED=1, local-cloud/
// tuning.ts: the path as it was at the start of the work) as the baseline of the same run. Rounds alternate the
// two. Besides the rate, the local cloud's own CPU time per call (its process: the server and every instance's
// thread), which another program's load on the machine disturbs less than the rate.
import { startTestCloud } from '../test/helpers/localCloud'
import { fireAtOnce } from './load'

const PEOPLE = Number(process.env.BENCH_PEOPLE || 1000)
const INSTANCES = Number(process.env.LOCAL_CLOUD_INSTANCES || 64)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 2)

export interface RateFigure {
  /** Calls per second, best round. */
  rate: number
  /** The local cloud process's CPU milliseconds (user + system, all threads) per call, best round. */
  cpuMsPerCall: number
  /** Calls that did not answer ok, over all rounds. */
  failed: number
}

interface Side {
  name: 'tuned' | 'untuned'
  call: () => Promise<{ rate: number; cpuMsPerCall: number; failed: number }>
  stop: () => Promise<void>
}

async function startSide(name: Side['name']): Promise<Side> {
  const untunedBefore = process.env.LOCAL_CLOUD_UNTUNED
  if (name === 'untuned') process.env.LOCAL_CLOUD_UNTUNED = '1'
  else delete process.env.LOCAL_CLOUD_UNTUNED
  const cloud = await startTestCloud({ instancesPerFunction: INSTANCES })
  if (untunedBefore === undefined) delete process.env.LOCAL_CLOUD_UNTUNED
  else process.env.LOCAL_CLOUD_UNTUNED = untunedBefore
  const people = Array.from({ length: PEOPLE }, (_, i) => `rate-${String(i).padStart(4, '0')}`)
  const url = `${cloud.url}/fn/api`
  const call = async () => {
    const cpu = process.cpuUsage()
    const started = performance.now()
    const answers = await fireAtOnce(
      url,
      people.map((openid) => ({ openid, body: { action: 'users.me', data: {} } })),
    )
    const elapsed = performance.now() - started
    const used = process.cpuUsage(cpu)
    return { rate: PEOPLE / (elapsed / 1000), cpuMsPerCall: (used.user + used.system) / 1000 / PEOPLE, failed: answers.filter((a) => !a.body.ok).length }
  }
  // Warm: every instance started (a cold start is not the overhead measured here), each feature loaded.
  for (let i = 0; i < 6; i++) {
    await call()
    const health = (await (await fetch(`${cloud.url}/_local/health`)).json()) as { functions: Record<string, string[]> }
    if ((health.functions.api ?? []).length >= INSTANCES) break
  }
  return { name, call, stop: () => cloud.stop() }
}

/** The tuned and the untuned local cloud, ROUNDS rounds each, alternating (one cloud running at a time). */
export async function benchLocalCloudRate(): Promise<Record<Side['name'], RateFigure>> {
  const figures: Record<Side['name'], RateFigure> = {
    tuned: { rate: 0, cpuMsPerCall: Infinity, failed: 0 },
    untuned: { rate: 0, cpuMsPerCall: Infinity, failed: 0 },
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of ['untuned', 'tuned'] as const) {
      const side = await startSide(name)
      try {
        const r = await side.call()
        const f = figures[name]
        f.rate = Math.max(f.rate, r.rate)
        f.cpuMsPerCall = Math.min(f.cpuMsPerCall, r.cpuMsPerCall)
        f.failed += r.failed
      } finally {
        await side.stop()
      }
    }
  }
  const { tuned, untuned } = figures
  console.log(`\nlocal cloud overhead: ${PEOPLE} users.me calls at once (one read), ${INSTANCES} warm instances, best of ${ROUNDS} alternating rounds`)
  console.log(
    `  baseline, same run, speed-ups off (LOCAL_CLOUD_UNTUNED=1): ${untuned.rate.toFixed(0)} calls/s, local cloud CPU ${untuned.cpuMsPerCall.toFixed(2)} ms per call, failed ${untuned.failed}`,
  )
  console.log(
    `  now: ${tuned.rate.toFixed(0)} calls/s (${(tuned.rate / untuned.rate).toFixed(2)}× the baseline; target ≥ 2×: ${tuned.rate >= 2 * untuned.rate ? 'met' : 'NOT met'}), ` +
      `CPU ${tuned.cpuMsPerCall.toFixed(2)} ms per call (${(untuned.cpuMsPerCall / tuned.cpuMsPerCall).toFixed(2)}× less), failed ${tuned.failed}`,
  )
  return figures
}

if (require.main === module) {
  benchLocalCloudRate().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
