// Issue 17, target 4: the local cloud's own overhead. 1,000 concurrent one-read calls (users.me) through the local
// cloud (requests from a separate process; the real wx-server-sdk in each of 64 instances talks HTTP to the local
// cloud's CloudBase server API), with the local cloud's speed-ups on, and off (LOCAL_CLOUD_UNTUNED=1, local-cloud/
// tuning.ts: the path as it was at the start of the work) as the baseline of the same run.
//
// Both clouds run side by side and are warmed first: every instance started (the pool starts at most 4 at once, so
// that takes several rounds) and each has served calls. Then rounds alternate the two. The first round of each, on no
// instance at all, is printed too (the scale-out to 64 instances included).
//
// Besides the rate, where the CPU of a call goes, per thread of the local cloud's process (Linux /proc): its own
// thread (HTTP in, hand-off, CloudBase server API, store), the instances' threads (wx-server-sdk and the api code,
// which the cloud would run elsewhere), and V8's and libuv's helper threads. From that, the ceiling: the rate if the
// local cloud's own thread cost nothing at all.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { startTestCloud } from '../test/helpers/localCloud'
import { fireAtOnceMeasured } from './load'
import { warmEveryInstance } from './warm'

const PEOPLE = Number(process.env.BENCH_PEOPLE || 1000)
const INSTANCES = Number(process.env.LOCAL_CLOUD_INSTANCES || 64)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)

/** Milliseconds of CPU per call, by the threads that spent them. */
export interface CpuSplit {
  localCloud: number
  instances: number
  helpers: number
}

interface Round {
  rate: number
  cpuMsPerCall: number
  failed: number
  split: CpuSplit | null
  /** The load client's CPU milliseconds per call (a separate process on the same machine). */
  clientMsPerCall: number
}

export interface RateFigure extends Round {
  /** The very first round, on a cloud with no instance yet. */
  fresh: Round
}

interface Side {
  name: 'tuned' | 'untuned'
  fresh: Round
  call: () => Promise<Round>
  stop: () => Promise<void>
}

const TASKS = `/proc/${process.pid}/task`
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

/** CPU milliseconds (user + system) of each thread of this process, by OS thread id; null where /proc is missing. */
function threadCpu(): Map<number, number> | null {
  if (!existsSync(TASKS)) return null
  const out = new Map<number, number>()
  for (const tid of readdirSync(TASKS)) {
    try {
      const stat = readFileSync(`${TASKS}/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS) // utime, stime (proc(5))
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out
}

function splitOf(before: Map<number, number> | null, after: Map<number, number> | null, instanceThreads: Set<number>): CpuSplit | null {
  if (!before || !after) return null
  const split: CpuSplit = { localCloud: 0, instances: 0, helpers: 0 }
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0)
    if (tid === process.pid) split.localCloud += used
    else if (instanceThreads.has(tid)) split.instances += used
    else split.helpers += used
  }
  return { localCloud: split.localCloud / PEOPLE, instances: split.instances / PEOPLE, helpers: split.helpers / PEOPLE }
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
  const health = async () => (await (await fetch(`${cloud.url}/_local/health`)).json()) as { threads: Record<string, number[]> }
  const call = async (): Promise<Round> => {
    const threadsBefore = threadCpu()
    const cpu = process.cpuUsage()
    const started = performance.now()
    const { results: answers, cpuMs: clientMs } = await fireAtOnceMeasured(
      url,
      people.map((openid) => ({ openid, body: { action: 'users.me', data: {} } })),
    )
    const elapsed = performance.now() - started
    const used = process.cpuUsage(cpu)
    const threadsAfter = threadCpu()
    // After the round: it names the instances started during it too.
    const split = splitOf(threadsBefore, threadsAfter, new Set((await health()).threads.api ?? []))
    return {
      rate: PEOPLE / (elapsed / 1000),
      cpuMsPerCall: (used.user + used.system) / 1000 / PEOPLE,
      failed: answers.filter((a) => !a.body.ok).length,
      split,
      clientMsPerCall: clientMs / PEOPLE,
    }
  }
  const fresh = await call()
  await warmEveryInstance(cloud.url, INSTANCES, call)
  return { name, fresh, call, stop: () => cloud.stop() }
}

const ms = (value: number) => `${value.toFixed(2)} ms`

/** The baseline and now, the target, where now's CPU goes by thread and the rate were the local cloud's part free. */
function printPair(untuned: Round, tuned: Round): void {
  console.log(
    `    baseline, same run, speed-ups off (LOCAL_CLOUD_UNTUNED=1): ${untuned.rate.toFixed(0)} calls/s, CPU ${ms(untuned.cpuMsPerCall)} per call, failed ${untuned.failed}`,
  )
  console.log(
    `    now: ${tuned.rate.toFixed(0)} calls/s (${(tuned.rate / untuned.rate).toFixed(2)}× the baseline; target ≥ 2×: ${tuned.rate >= 2 * untuned.rate ? 'met' : 'NOT met'}), ` +
      `CPU ${ms(tuned.cpuMsPerCall)} per call, failed ${tuned.failed}`,
  )
  const split = tuned.split
  if (!split) return
  const cores = availableParallelism()
  const total = split.localCloud + split.instances + split.helpers
  console.log(
    `    a call's CPU now, by thread: the local cloud's own (HTTP in, hand-off, server API, store) ${ms(split.localCloud)}; ` +
      `the instances' (wx-server-sdk and the api code, loading and running, and the instance's end of the hand-off) ${ms(split.instances)}; ` +
      `V8's and libuv's helpers (GC and compilation for every isolate, file writes) ${ms(split.helpers)}; the load client's (another process) ${ms(tuned.clientMsPerCall)}`,
  )
  const busy = ((total + tuned.clientMsPerCall) * tuned.rate) / 1000
  // CPU-bound: the rate times the CPU per call is the cores kept busy. Were the local cloud's own thread and every
  // helper thread free, and every core busy, the instances and the load client alone allow at most this.
  const bound = (cores * 1000) / (split.instances + tuned.clientMsPerCall)
  console.log(
    `    ceiling: cores busy ${busy.toFixed(2)} of ${cores}; with the local cloud's own thread and all helper threads free and all ${cores} cores busy, ` +
      `at most ${bound.toFixed(0)} calls/s = ${(bound / untuned.rate).toFixed(2)}× the baseline (target 2×: ${bound >= 2 * untuned.rate ? 'reachable' : 'out of reach'} with the SDK and the function as they are)`,
  )
}

/** The tuned and the untuned local cloud, warmed side by side, ROUNDS rounds each, alternating. */
export async function benchLocalCloudRate(): Promise<Record<Side['name'], RateFigure>> {
  const sides = [await startSide('untuned'), await startSide('tuned')]
  const figures = {} as Record<Side['name'], RateFigure>
  for (const side of sides) figures[side.name] = { rate: 0, cpuMsPerCall: Infinity, failed: 0, split: null, clientMsPerCall: 0, fresh: side.fresh }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of sides) {
        const r = await side.call()
        const f = figures[side.name]
        if (r.rate > f.rate) Object.assign(f, { rate: r.rate, split: r.split, clientMsPerCall: r.clientMsPerCall })
        f.cpuMsPerCall = Math.min(f.cpuMsPerCall, r.cpuMsPerCall)
        f.failed += r.failed
      }
    }
  } finally {
    for (const side of sides) await side.stop()
  }
  const { tuned, untuned } = figures
  console.log(`\nlocal cloud overhead: ${PEOPLE} users.me calls at once (one read), ${INSTANCES} instances, two clouds side by side`)
  console.log(`  fresh (no instance yet; the scale-out to ${INSTANCES} instances included), one round each:`)
  printPair(untuned.fresh, tuned.fresh)
  console.log(`  warm (every instance started and has served calls), best of ${ROUNDS} alternating rounds:`)
  printPair(untuned, tuned)
  return figures
}

if (require.main === module) {
  benchLocalCloudRate().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
