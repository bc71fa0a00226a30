/**
 * The store's spatial index (geo-index.ts) answers exactly what a full scan answers: every `$geoNear`,
 * `$nearSphere` and `$geoWithin` result is checked against brute-force haversine ordering computed here, on
 * random points (a city, and points near the antimeridian and the poles), with query filters, after inserts,
 * updates, removes, transactions, and a restart from the journal.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createMemoryStore, createStore, type Doc, type Storage } from '../../../local-cloud/store'
import { EARTH_RADIUS_M, haversineM } from '../../helpers/haversine'
import { seededRandom } from '../../helpers/randomStations'
import { config } from './fixtures/collections'

type Place = { _id: string; loc: { type: 'Point'; coordinates: [number, number] }; kind: string }

function randomPlaces(count: number, seed: number): Place[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => {
    const region = i % 4
    // A city (Shanghai), the antimeridian (Fiji), near the north pole, near the south pole.
    const [lng, lat] =
      region === 0
        ? [121.47 + (random() - 0.5) * 0.6, 31.23 + (random() - 0.5) * 0.6]
        : region === 1
          ? [wrap(180 + (random() - 0.5) * 4), -17 + (random() - 0.5) * 4]
          : region === 2
            ? [random() * 360 - 180, 88.5 + random() * 1.5]
            : [random() * 360 - 180, -89.9 + random() * 1.4]
    return { _id: `p${i}`, loc: { type: 'Point', coordinates: [lng, lat] }, kind: random() < 0.3 ? 'shop' : 'station' }
  })
}
const wrap = (lng: number) => (lng > 180 ? lng - 360 : lng)
const at = (p: Doc) => {
  const [lng, lat] = (p.loc as Place['loc']).coordinates
  return { lng, lat }
}

/** What a full scan must answer, computed here from the rule: distance ≤ max, filter, nearest first. */
function bruteNearest(places: Doc[], center: { lng: number; lat: number }, maxM: number, limit: number, kind?: string) {
  return places
    .filter((p) => !kind || p.kind === kind)
    .map((p) => ({ id: p._id as string, d: haversineM(center, at(p)) }))
    .filter((x) => x.d <= maxM)
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
}

const CENTRES = [
  { lng: 121.5, lat: 31.2, maxM: 8_000 },
  { lng: 179.95, lat: -17.1, maxM: 200_000 }, // across the antimeridian
  { lng: -179.9, lat: -16.5, maxM: 150_000 },
  { lng: 10, lat: 89.5, maxM: 150_000 }, // around the north pole
  { lng: -120, lat: -89.6, maxM: 100_000 },
]

async function expectGeoNearLikeBruteForce(store: Storage, places: Doc[]) {
  for (const c of CENTRES) {
    for (const kind of [undefined, 'shop']) {
      const got = await store.aggregate('places', [
        {
          $geoNear: {
            near: { type: 'Point', coordinates: [c.lng, c.lat] },
            distanceField: 'd',
            spherical: true,
            maxDistance: c.maxM,
            ...(kind ? { query: { kind } } : {}),
          },
        },
        { $limit: 15 },
      ])
      const want = bruteNearest(places, c, c.maxM, 15, kind)
      expect(got.length).toBe(want.length)
      // Equal distances in the same order (ids too, except where two places are equally far).
      got.forEach((doc, i) => expect(doc.d as number).toBeCloseTo(want[i].d, 3))
      expect(got.map((d) => d._id)).toEqual(want.map((w) => w.id))
    }
  }
}

async function expectOperatorsLikeBruteForce(store: Storage, places: Doc[]) {
  for (const c of CENTRES) {
    const near = await store.find('places', {
      loc: { $nearSphere: { $geometry: { type: 'Point', coordinates: [c.lng, c.lat] }, $maxDistance: c.maxM } },
      kind: 'station',
    })
    expect(near.map((d) => d._id)).toEqual(bruteNearest(places, c, c.maxM, Infinity, 'station').map((w) => w.id))
    const within = await store.count('places', { loc: { $geoWithin: { $centerSphere: [[c.lng, c.lat], c.maxM / EARTH_RADIUS_M] } } })
    expect(within).toBe(bruteNearest(places, c, c.maxM, Infinity).length)
  }
  const box = {
    type: 'Polygon',
    coordinates: [
      [
        [121.3, 31.1],
        [121.6, 31.1],
        [121.6, 31.35],
        [121.3, 31.35],
        [121.3, 31.1],
      ],
    ],
  }
  const inBox = await store.find('places', { loc: { $geoWithin: { $geometry: box } } }, { sort: { _id: 1 } })
  const want = places.filter((p) => {
    const { lng, lat } = at(p)
    return lng > 121.3 && lng < 121.6 && lat > 31.1 && lat < 31.35
  })
  expect(inBox.map((d) => d._id).sort()).toEqual(want.map((p) => p._id as string).sort())
}

describe('the spatial index answers what a full scan answers', () => {
  let store: Storage
  let places: Place[]
  beforeEach(async () => {
    store = createMemoryStore({ collections: config })
    places = randomPlaces(4000, 7)
    await store.insertMany('places', places)
  })
  afterEach(() => store.close())

  it('$geoNear with and without a query filter, in a city, across the antimeridian and near the poles', async () => {
    await expectGeoNearLikeBruteForce(store, places)
  })

  it('$nearSphere and $geoWithin ($centerSphere, Polygon)', async () => {
    await expectOperatorsLikeBruteForce(store, places)
  })

  it('stays in step with inserts, updates, removes and transactions (few and many)', async () => {
    await expectGeoNearLikeBruteForce(store, places) // builds the tree
    const random = seededRandom(99)
    for (const round of [10, 600]) {
      // Move some places, remove some, add some (more than the index tolerates before rebuilding, the second time).
      for (let i = 0; i < round; i++) {
        const id = `p${Math.floor(random() * 4000)}`
        const moved: [number, number] = [121.47 + (random() - 0.5) * 0.6, 31.23 + (random() - 0.5) * 0.6]
        await store.update('places', { _id: id }, { $set: { loc: { type: 'Point', coordinates: moved } } })
      }
      await store.remove('places', { _id: { $in: ['p1', 'p5', 'p9', `p${round}`] } })
      await store.insertMany(
        'places',
        randomPlaces(round, round).map((p) => ({ ...p, _id: `new-${round}-${p._id}` })),
      )
      const tx = store.startTransaction()
      await tx.update('places', 'p2', { $set: { loc: { type: 'Point', coordinates: [121.5, 31.2] } } })
      await tx.insert('places', { _id: `tx-${round}`, loc: { type: 'Point', coordinates: [121.501, 31.2] }, kind: 'shop' })
      await tx.commit()
      const aborted = store.startTransaction()
      await aborted.insert('places', { _id: `gone-${round}`, loc: { type: 'Point', coordinates: [121.5, 31.2] }, kind: 'shop' })
      await aborted.abort()
      const now = await store.find('places', {}, { limit: 1_000_000 })
      await expectGeoNearLikeBruteForce(store, now)
      await expectOperatorsLikeBruteForce(store, now)
    }
  })
})

it('after a restart the index is built from the journal and snapshot', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'geo-index-'))
  try {
    const first = await createStore({ dataDir, collections: config })
    const places = randomPlaces(1000, 3)
    await first.insertMany('places', places)
    await first.update('places', { _id: 'p0' }, { $set: { loc: { type: 'Point', coordinates: [121.5, 31.2] } } })
    await first.remove('places', { _id: 'p4' })
    await first.close()
    const again = await createStore({ dataDir, collections: config })
    const now = await again.find('places', {}, { limit: 1_000_000 })
    expect(now).toHaveLength(999)
    await expectGeoNearLikeBruteForce(again, now)
    await again.close()
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})
