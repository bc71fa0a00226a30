// 1,000 people sign up for a 50-seat event at the same moment, through the local cloud, beside the floor: the same
// 1,000 people calling a one-read action (users.me) at once on the same cloud. Database operations per call are
// counted by the local cloud itself (functions/callLog.ts: every /admin database action of the call's instance).
import { startTestCloud, type TestCloud } from '../test/helpers/localCloud'
import { STAFF, arrangeEventPeople, eventFields, hoursFrom, ok } from '../test/helpers/eventsFixture'
import { fireAtOnce } from './load'
import { ms, opsSummary, percentile, ratio } from './stats'
import { warmEveryInstance } from './warm'

/** BENCH_PEOPLE overrides (a quick look on a busy machine); the figure is 1,000. */
const PEOPLE = Number(process.env.BENCH_PEOPLE || 1000)
const CAPACITY = 50
const REPEATS = Math.min(200, PEOPLE / 5)
const PLACES_SAMPLED = 20

/**
 * Instances of `api` during the rush: production-like, 64 (CloudBase allows up to 1000); LOCAL_CLOUD_INSTANCES
 * overrides. (wip-10a had dropped it to 16 because the old seat/ticket compare-and-set loops did not finish at 64;
 * the sign-up no longer loops on the event, events/seats.ts.)
 */
const INSTANCES = Number(process.env.LOCAL_CLOUD_INSTANCES || 64)

async function rushOf(cloud: TestCloud, people: string[], body: (who: string) => unknown) {
  cloud.callLog.start()
  const started = performance.now()
  const answers = await fireAtOnce(
    `${cloud.url}/fn/api`,
    people.map((who) => ({ openid: who, body: body(who) })),
  )
  const elapsed = performance.now() - started
  const calls = cloud.callLog.stop()
  const times = answers.map((a) => a.ms)
  return { answers, elapsed, ops: calls.map((c) => c.dbActions), p50: percentile(times, 50), p95: percentile(times, 95) }
}

export async function benchEventSignupRush(): Promise<void> {
  const cloud = await startTestCloud({ instancesPerFunction: INSTANCES })
  try {
    await arrangeEventPeople(cloud)
    const now = new Date()
    const fields = eventFields({ capacity: CAPACITY, startAt: hoursFrom(now, 48), endAt: hoursFrom(now, 50), signupDeadline: hoursFrom(now, 24) })
    const { id } = await ok(cloud, 'events.create', { ...fields, publish: true }, STAFF)
    const people = Array.from({ length: PEOPLE }, (_, i) => `rush-${String(i).padStart(4, '0')}`)

    // Warm every instance (and the events feature in each), then the floor: the same crowd on a one-read action.
    await warmEveryInstance(cloud.url, INSTANCES, () => rushOf(cloud, people, () => ({ action: 'users.me', data: {} })))
    await rushOf(cloud, people, () => ({ action: 'events.get', data: { id } }))
    const floor = await rushOf(cloud, people, () => ({ action: 'users.me', data: {} }))
    const rush = await rushOf(cloud, people, () => ({ action: 'events.signup', data: { eventId: id } }))
    const results = rush.answers.map((a) => a.body)
    // The same people again, all at once: every answer must be their first one, and nothing new is written.
    const repeated = await rushOf(cloud, people.slice(0, REPEATS), () => ({ action: 'events.signup', data: { eventId: id } }))
    const statusOf = (body: { data?: unknown }) => (body.data as { status?: string } | undefined)?.status
    const changedAnswers = repeated.answers.filter((r, i) => !r.body.ok || statusOf(r.body) !== statusOf(results[i])).length
    const repeatOps = opsSummary(repeated.ops)

    const errors = results.filter((r) => !r.ok).length
    const docs = await cloud.store.find('signups', { eventId: id })
    const seated = docs.filter((d) => d.status === 'seated')
    // The waitlist's order by rule: (waitTicket = the request's server time, then the record id).
    const waiting = docs
      .filter((d) => d.status === 'waitlisted')
      .sort((a, b) => (a.waitTicket as number) - (b.waitTicket as number) || String(a._id).localeCompare(String(b._id)))
    const answeredSeated = results.filter((r) => (r.data as { status?: string } | undefined)?.status === 'seated').length
    const sample = Array.from({ length: PLACES_SAMPLED }, (_, k) => Math.floor((k * (waiting.length - 1)) / (PLACES_SAMPLED - 1)))
    const shown = await Promise.all(sample.map((i) => cloud.callOk('events.get', { id }, waiting[i].openid as string)))
    const placesRight = shown.filter((view, k) => view.mine?.position === sample[k] + 1).length
    const event = (await cloud.store.find('events', { _id: id }))[0]
    const duplicates = docs.length - new Set(docs.map((d) => d.openid)).size
    const signupOps = opsSummary(rush.ops)
    const floorOps = opsSummary(floor.ops)

    console.log(
      `\nevents.signup rush: ${PEOPLE} distinct people at once on a ${CAPACITY}-seat event (local cloud, ${INSTANCES} instances of api; requests from a separate process)`,
    )
    console.log(
      `  baseline, same run: the same ${PEOPLE} people at once on users.me (one read): p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, ${(PEOPLE / (floor.elapsed / 1000)).toFixed(0)} calls/s, db operations per call mean ${floorOps.mean.toFixed(2)}`,
    )
    console.log(
      `  seated: ${seated.length} (seatsTaken ${event.seatsTaken}, answered seated ${answeredSeated}; target exactly ${CAPACITY}): ${seated.length === CAPACITY && event.seatsTaken === CAPACITY && answeredSeated === CAPACITY ? 'ok' : 'WRONG'}`,
    )
    console.log(
      `  waitlisted: ${waiting.length} (target ${PEOPLE - CAPACITY}); places shown by events.get follow the waitlist key for ${placesRight}/${PLACES_SAMPLED} sampled: ${placesRight === PLACES_SAMPLED ? 'ok' : 'WRONG'}`,
    )
    console.log(
      `  duplicates: ${duplicates} (records ${docs.length} for ${PEOPLE} people); ${REPEATS} concurrent repeats changed ${changedAnswers} answers: ${duplicates === 0 && changedAnswers === 0 ? 'ok' : 'WRONG'}`,
    )
    console.log(`  errors: ${errors}; repeats: db operations mean ${repeatOps.mean.toFixed(2)}, max ${repeatOps.max}`)
    console.log(
      `  db operations per sign-up: mean ${signupOps.mean.toFixed(2)}, max ${signupOps.max} (targets mean ≤ 4, max ≤ 10: ${signupOps.mean <= 4 && signupOps.max <= 10 ? 'met' : 'NOT met'}); ${ratio(signupOps.mean, floorOps.mean)} the one-read call`,
    )
    console.log(
      `  throughput: ${(PEOPLE / (rush.elapsed / 1000)).toFixed(0)} sign-ups/s (${ms(rush.elapsed)} for all), ${ratio(floor.elapsed, rush.elapsed)} the floor's rate`,
    )
    console.log(`  latency: p50 ${ms(rush.p50)} (${ratio(rush.p50, floor.p50)} the floor), p95 ${ms(rush.p95)} (${ratio(rush.p95, floor.p95)} the floor)`)
  } finally {
    await cloud.stop()
  }
}
