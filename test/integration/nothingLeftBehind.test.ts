// The general test of issue 13's first kind: after every removal — a seat given up, a person leaving (我的数据 →
// 删除), an event cancelled — and every move (rescheduling, a capacity change), nothing live points at what left.
// A seeded random run of sign-ups, cancellations, deletions and staff changes; after each step the whole state is
// checked against the rules, computed from the records themselves:
//   - an event's `seatsTaken` is the number of its seated sign-ups (no seat leaked, none held twice);
//   - a cancelled event has no live sign-up (seated or waitlisted), so no live check-in code;
//   - no live sign-up belongs to someone who deleted their data (a pseudonym holds no seat and waits for none);
//   - nobody waits beside a free seat of a published event that has not started.
import { arrangeEventPeople, createEvent, hoursFrom, NOW, ok, STAFF } from '../helpers/eventsFixture'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'

const PEOPLE = ['nl-a', 'nl-b', 'nl-c', 'nl-d', 'nl-e', 'nl-f']
const STEPS = 90

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud({ seed: true })
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

type Signup = { _id: string; eventId: string; openid: string; status: string }
type Event = { _id: string; status: string; capacity: number; seatsTaken: number; startAt: string | Date }

async function brokenRules(eventIds: string[]): Promise<string[]> {
  const problems: string[] = []
  for (const id of eventIds) {
    const [event] = (await cloud.store.find('events', { _id: id })) as Event[]
    const signups = (await cloud.store.find('signups', { eventId: id })) as Signup[]
    const seated = signups.filter((s) => s.status === 'seated')
    const live = signups.filter((s) => s.status === 'seated' || s.status === 'waitlisted')
    if (event.status !== 'cancelled' && event.seatsTaken !== seated.length) problems.push(`${id}: seatsTaken ${event.seatsTaken}, seated ${seated.length}`)
    if (event.status === 'cancelled' && live.length > 0) problems.push(`${id}: cancelled, yet ${live.length} live sign-ups`)
    for (const s of live) if (!PEOPLE.includes(s.openid)) problems.push(`${id}: live sign-up of ${s.openid}, who left`)
    const started = new Date(event.startAt).getTime() <= NOW.getTime()
    if (event.status === 'published' && !started && seated.length < event.capacity && live.some((s) => s.status === 'waitlisted')) {
      problems.push(`${id}: ${event.capacity - seated.length} free seats beside a waiting person`)
    }
  }
  return problems
}

it('after every removal and move in a random run, nothing live points at what left', async () => {
  const events = [
    await createEvent(cloud, { capacity: 2, title: '留痕测试一' }),
    await createEvent(cloud, { capacity: 1, title: '留痕测试二' }),
    await createEvent(cloud, { capacity: 2, waitlistEnabled: false, title: '留痕测试三' }),
  ]
  let x = 13
  const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), Math.floor(x / 2 ** 15) % n)
  const log: string[] = []
  for (let step = 0; step < STEPS; step++) {
    const who = PEOPLE[next(PEOPLE.length)]
    const eventId = events[next(events.length)]
    const roll = next(100)
    let move: string
    if (roll < 45) {
      move = `${who} signs up to ${eventId}`
      await cloud.call('events.signup', { eventId }, who)
    } else if (roll < 70) {
      move = `${who} cancels at ${eventId}`
      await cloud.call('events.cancel', { eventId }, who)
    } else if (roll < 82) {
      move = `${who} deletes their data`
      await ok(cloud, 'mydata.delete', { confirm: '删除' }, who)
    } else if (roll < 90) {
      const capacity = 1 + next(3)
      move = `capacity of ${eventId} → ${capacity}`
      await cloud.call('events.update', { id: eventId, capacity }, STAFF)
    } else if (roll < 96) {
      const start = 24 + next(72)
      move = `${eventId} moves to +${start}h`
      await cloud.call(
        'events.update',
        { id: eventId, startAt: hoursFrom(NOW, start), endAt: hoursFrom(NOW, start + 2), signupDeadline: hoursFrom(NOW, 12) },
        STAFF,
      )
    } else {
      move = `staff cancel ${eventId}`
      await cloud.call('events.setStatus', { id: eventId, status: 'cancelled' }, STAFF)
    }
    log.push(move)
    const problems = await brokenRules(events)
    if (problems.length > 0) throw new Error(`after step ${step + 1} (${move}):\n${problems.join('\n')}\nsteps:\n${log.join('\n')}`)
  }
  // The run did exercise every kind of move.
  for (const kind of ['signs up', 'cancels at', 'deletes their data', 'capacity', 'moves to', 'staff cancel'])
    expect(log.some((m) => m.includes(kind))).toBe(true)
})
