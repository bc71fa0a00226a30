// Fixes for what the stricter local cloud (CloudBase's rules) showed, each through the real function.
import { createHash } from 'node:crypto'
import { startTestCloud, type TestCloud } from '../helpers/localCloud'
import { NOW, STAFF, arrangeEventPeople, createEvent, ok } from '../helpers/eventsFixture'

jest.setTimeout(120_000)

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await arrangeEventPeople(cloud)
  cloud.setNow(NOW)
})
afterAll(() => cloud?.stop())

describe('events.update', () => {
  // route is null on other kinds; a plain object would be sent as route.key/... (refused under null by MongoDB).
  it('turning an event into a 行走党课 stores its route', async () => {
    const id = await createEvent(cloud, { kind: 'market' })
    expect((await cloud.store.find('events', { _id: id }))[0].route).toBeNull()
    await ok(cloud, 'events.update', { id, kind: 'walkingLesson', route: 'renwen' }, STAFF)
    const [saved] = await cloud.store.find('events', { _id: id })
    expect(saved.kind).toBe('walkingLesson')
    expect((saved.route as { key: string }).key).toBe('renwen')
  })

  it('a new place replaces the old one whole', async () => {
    const id = await createEvent(cloud)
    const place = { name: '新址', address: '新华路 1 号', lat: 31.2, lng: 121.42 }
    await ok(cloud, 'events.update', { id, place }, STAFF)
    expect((await cloud.store.find('events', { _id: id }))[0].place).toEqual(place)
  })
})

describe('events.roster', () => {
  it('lists every sign-up, past 1,000', async () => {
    const id = await createEvent(cloud, { capacity: 2000 })
    const docs = Array.from({ length: 1100 }, (_, i) => ({
      _id: `${id}:crowd-${i}`,
      eventId: id,
      openid: `crowd-${i}`,
      status: 'seated',
      waitTicket: null,
      checkinToken: `t${i}`,
      checkedInAt: null,
      checkedInBy: null,
      remind: false,
      createdAt: new Date(NOW.getTime() + i),
      updatedAt: NOW,
      startAt: NOW,
    }))
    await cloud.store.insertMany('signups', docs)
    const roster = await ok(cloud, 'events.roster', { eventId: id }, STAFF)
    expect(roster.rows).toHaveLength(1100)
    expect(roster.counts.seated).toBe(1100)
  })
})

describe('mydata.delete', () => {
  const signupsOf = (openid: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({
      _id: `ev-${i}:${openid}`,
      eventId: `ev-${i}`,
      openid,
      status: 'cancelled',
      checkedInBy: null,
      createdAt: NOW,
      updatedAt: NOW,
    }))

  // The api function has 10 s (config.json); the local cloud enforces it (-504003).
  it('a heavy user (3,000 sign-ups) is deleted within the function time limit', async () => {
    await cloud.store.insertOne('users', { _id: 'heavy', roles: ['resident'], nickname: '常客', createdAt: NOW })
    await cloud.store.insertMany('signups', signupsOf('heavy', 3000))
    const result = await cloud.callOk('mydata.delete', { confirm: '删除' }, 'heavy')
    expect(result.anonymised.signups).toBe(3000)
    expect(await cloud.store.count('signups', { openid: 'heavy' })).toBe(0)
    const renamed = await cloud.store.find('signups', { eventId: 'ev-0' })
    expect(renamed).toHaveLength(1)
    expect(renamed[0]._id).toBe(`ev-0:${renamed[0].openid}`)
    expect(await cloud.store.count('signups', { openid: renamed[0].openid })).toBe(3000) // one pseudonym for all
    expect(await cloud.store.count('erasures')).toBe(0) // nothing links it back once done
  })

  it('a run after an interrupted one reuses its pseudonym', async () => {
    // What an interrupted run leaves: its ledger entry, one sign-up re-keyed (copy added, old not yet removed).
    const pseudonym = 'deleted-0123456789abcdef'
    await cloud.store.insertOne('erasures', {
      _id: createHash('sha256').update('mydata.delete:half').digest('hex'),
      pseudonym,
      startedAt: NOW,
    })
    await cloud.store.insertMany('signups', signupsOf('half', 3))
    await cloud.store.insertOne('signups', { ...signupsOf(pseudonym, 1)[0] })
    await cloud.callOk('mydata.delete', { confirm: '删除' }, 'half')
    const ids = (await cloud.store.find('signups', { openid: pseudonym })).map((d) => d._id).sort()
    expect(ids).toEqual([`ev-0:${pseudonym}`, `ev-1:${pseudonym}`, `ev-2:${pseudonym}`])
    expect(await cloud.store.count('signups', { openid: 'half' })).toBe(0)
  })
})
