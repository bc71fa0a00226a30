// 1,000 people sign up for a 50-seat event at the same moment, through the local cloud.
import { startTestCloud } from '../test/helpers/localCloud'
import { STAFF, arrangeEventPeople, eventFields, hoursFrom, ok } from '../test/helpers/eventsFixture'
import { fireAtOnce } from './load'
import { ms, percentile } from './stats'

const PEOPLE = 1000
const CAPACITY = 50
const REPEATS = 200

/** Instances of `api` during the rush: production-like (CloudBase allows up to 1000); LOCAL_CLOUD_INSTANCES overrides. */
const INSTANCES = Number(process.env.LOCAL_CLOUD_INSTANCES || 64)

export async function benchEventSignupRush(): Promise<void> {
  const cloud = await startTestCloud({ instancesPerFunction: INSTANCES })
  try {
    await arrangeEventPeople(cloud)
    const now = new Date()
    const fields = eventFields({ capacity: CAPACITY, startAt: hoursFrom(now, 48), endAt: hoursFrom(now, 50), signupDeadline: hoursFrom(now, 24) })
    const { id } = await ok<{ id: string }>(cloud, 'events.create', { ...fields, publish: true }, STAFF)
    const people = Array.from({ length: PEOPLE }, (_, i) => `rush-${String(i).padStart(4, '0')}`)

    const started = performance.now()
    const answers = await fireAtOnce(`${cloud.url}/fn/api`, people.map((who) => ({ openid: who, body: { action: 'events.signup', data: { eventId: id } } })))
    const elapsed = performance.now() - started
    const times = answers.map((a) => a.ms)
    const results = answers.map((a) => a.body)
    // The same people again, all at once: every answer must be their first one, and nothing new is written.
    const repeats = await Promise.all(people.slice(0, REPEATS).map((who) => cloud.call('events.signup', { eventId: id }, who)))

    const errors = results.filter((r) => !r.ok).length + repeats.filter((r) => !r.ok).length
    const docs = await cloud.store.find('signups', { eventId: id })
    const seated = docs.filter((d) => d.status === 'seated')
    const waiting = docs.filter((d) => d.status === 'waitlisted').sort((a, b) => (a.waitTicket as number) - (b.waitTicket as number))
    const tickets = waiting.map((d) => d.waitTicket as number)
    const contiguous = tickets.every((t, i) => t === i + 1)
    // Arrival order: the server's own clock when each request began (ms), against the ticket it got.
    let inversions = 0
    for (let i = 1; i < waiting.length; i++) if (new Date(waiting[i].createdAt as Date) < new Date(waiting[i - 1].createdAt as Date)) inversions++
    const latestSeat = Math.max(...seated.map((d) => new Date(d.createdAt as Date).getTime()))
    const earliestWait = Math.min(...waiting.map((d) => new Date(d.createdAt as Date).getTime()))
    const event = (await cloud.store.find('events', { _id: id }))[0]

    console.log(`\nevents.signup rush: ${PEOPLE} distinct people at once on a ${CAPACITY}-seat event (local cloud, ${INSTANCES} instances of api; requests from a separate process)`)
    console.log(`  seated: ${seated.length} (seatsTaken ${event.seatsTaken}; target exactly ${CAPACITY})`)
    console.log(`  waitlisted: ${waiting.length} (target ${PEOPLE - CAPACITY}); tickets 1..${tickets.length} ${contiguous ? 'contiguous, no gaps or repeats' : 'NOT contiguous'}`)
    console.log(`  arrival order: tickets follow the order requests reached the waitlist counter (${inversions} adjacent inversions against each request's start time, as ${INSTANCES} instances run side by side; last seat taken ${latestSeat <= earliestWait ? 'before' : 'after'} the first waitlisted request started)`)
    console.log(`  duplicates: ${docs.length - new Set(docs.map((d) => d.openid)).size} (records ${docs.length} for ${PEOPLE} people, after ${REPEATS} concurrent repeats)`)
    console.log(`  errors: ${errors}`)
    console.log(`  throughput: ${(PEOPLE / (elapsed / 1000)).toFixed(0)} sign-ups/s (${ms(elapsed)} for all)`)
    console.log(`  latency: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`)
  } finally {
    await cloud.stop()
  }
}
