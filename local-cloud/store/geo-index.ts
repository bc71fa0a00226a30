/**
 * A spatial index over one collection's 2dsphere field, so `$geoNear`, `$nearSphere` and `$geoWithin` look at the
 * documents near the query point instead of all of them. kdbush (a static k-d tree) holds the points as of its
 * last build; geokdbush walks it nearest-first by great-circle distance (it handles the antimeridian and the
 * poles). Documents written since the build are "stale" in the tree: they are skipped there and checked directly
 * instead (`overlay`), and once they are more than a thirty-second of the collection the tree is rebuilt on the next
 * query. So every write (insert, update, remove, transaction commit, rollback, journal replay at start) only marks
 * its document; the answers stay those of a full scan (test/local-cloud/store/geoIndex.test.ts compares them with
 * brute-force haversine ordering).
 */
import KDBush from 'kdbush'
import { around } from 'geokdbush'
import { getPath as resolve } from './clone'
import { EARTH_RADIUS_M, pointOf } from './geo'
import type { Doc } from './storage'

type LngLat = [number, number]

/** geokdbush measures on a sphere of 6371 km; ours (MongoDB's 2dsphere) is 6378.1 km: same angles, other units. */
const GEOKDBUSH_RADIUS_KM = 6371
/** Rounding headroom when handing a radius to geokdbush; the exact test is ours. */
const SLACK = 1 + 1e-9

/** Stale documents tolerated before the tree is rebuilt: a thirty-second of the collection, at least this many. */
const MIN_STALE_BEFORE_REBUILD = 256

export class GeoIndex {
  private tree: KDBush | null = null
  /** Tree slot → document key (idKey). */
  private keys: string[] = []
  /** Keys written since the tree was built. */
  private readonly stale = new Set<string>()

  constructor(
    readonly field: string,
    /** The collection's documents by key, as stored (the writers' view). */
    private readonly docs: Map<string, Doc>,
  ) {}

  /** A document was written (or removed): the tree's entry for it, if any, no longer counts. */
  touch(key: string): void {
    if (this.tree) this.stale.add(key)
  }

  /** Keys written since the build, to be checked directly. */
  overlay(): Iterable<string> {
    this.fresh()
    return this.stale
  }

  private fresh(): KDBush | null {
    if (this.tree && this.stale.size > Math.max(MIN_STALE_BEFORE_REBUILD, this.docs.size / 32)) this.tree = null
    if (!this.tree) this.build()
    return this.tree
  }

  private build(): void {
    const points: Array<{ key: string; pt: LngLat }> = []
    for (const [key, doc] of this.docs) {
      const pt = safePoint(resolve(doc, this.field))
      if (pt) points.push({ key, pt })
    }
    const tree = new KDBush(Math.max(1, points.length))
    for (const { pt } of points) tree.add(pt[0], pt[1])
    if (points.length === 0) tree.add(0, 0) // kdbush needs one item; its slot maps to no key
    tree.finish()
    this.tree = tree
    this.keys = points.map((p) => p.key)
    this.stale.clear()
  }

  /**
   * Keys of documents whose indexed point is within `maxMetres` of `center`, nearest first (by the tree's
   * great-circle distance), keeping only those `accept` takes, at most `limit` of them. Stale entries are left
   * out: add `overlay()` to get every candidate.
   */
  nearest(center: LngLat, maxMetres: number, limit: number, accept: (key: string) => boolean): string[] {
    const tree = this.fresh()
    if (!tree) return []
    const maxKm = Number.isFinite(maxMetres) ? (maxMetres / EARTH_RADIUS_M) * GEOKDBUSH_RADIUS_KM * SLACK : Infinity
    const slots = around(tree, center[0], center[1], limit, maxKm, (slot) => {
      const key = this.keys[slot]
      return key !== undefined && !this.stale.has(key) && accept(key)
    })
    return slots.map((slot) => this.keys[slot])
  }

  /** Keys whose indexed point lies in the lng/lat box (not stale). A box crossing the antimeridian answers null: scan. */
  inBox(minLng: number, minLat: number, maxLng: number, maxLat: number): string[] | null {
    if (maxLng - minLng >= 360 || minLng > maxLng) return null
    const tree = this.fresh()
    if (!tree) return []
    return tree
      .range(minLng, minLat, maxLng, maxLat)
      .map((slot) => this.keys[slot])
      .filter((key) => key !== undefined && !this.stale.has(key))
  }
}

/** A stored point, or undefined for anything else (other geometries fail later, in the query itself). */
function safePoint(value: unknown): LngLat | undefined {
  try {
    const pt = pointOf(value)
    return pt && Number.isFinite(pt[0]) && Number.isFinite(pt[1]) ? pt : undefined
  } catch {
    return undefined
  }
}

/** What a query needs to use an index: the index, and the documents as that query may see them. */
export interface GeoSource {
  index: GeoIndex
  /** A document as the query sees it, by key. */
  get(key: string): Doc | undefined
  /** Keys to check directly, besides the tree's: written since its build, or with a write the query cannot see yet. */
  extraKeys(): Set<string>
}

/**
 * Candidate documents for a query whose top level (or top-level `$and`) has `$nearSphere`/`$near` with a
 * `$maxDistance`, or `$geoWithin` (`$centerSphere`, Polygon, MultiPolygon), on an indexed field: a superset of
 * the matches, which the full query then filters. Null when the query has no such part (scan everything).
 */
export function geoCandidates(query: Record<string, unknown>, sourceFor: (field: string) => GeoSource | undefined): Doc[] | null {
  for (const [field, cond] of topLevelConditions(query)) {
    const source = sourceFor(field)
    if (!source) continue
    const keys = candidateKeys(source, cond)
    if (!keys) continue
    const out: Doc[] = []
    for (const key of keys) {
      const doc = source.get(key)
      if (doc) out.push(doc)
    }
    return out
  }
  return null
}

function* topLevelConditions(query: Record<string, unknown>): Generator<[string, Record<string, unknown>]> {
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const sub of value) if (sub && typeof sub === 'object') yield* topLevelConditions(sub as Record<string, unknown>)
    } else if (!key.startsWith('$') && value && typeof value === 'object' && !Array.isArray(value)) {
      yield [key, value as Record<string, unknown>]
    }
  }
}

function candidateKeys(source: GeoSource, cond: Record<string, any>): Set<string> | null {
  const extra = source.extraKeys()
  const withExtra = (keys: string[] | null) => (keys ? new Set([...keys, ...extra]) : null)
  const near = cond.$nearSphere ?? cond.$near
  if (near && typeof near === 'object' && typeof near.$maxDistance === 'number') {
    const pt = safePoint(near.$geometry)
    return pt ? withExtra(source.index.nearest(pt, near.$maxDistance, Infinity, () => true)) : null
  }
  const within = cond.$geoWithin
  if (within?.$centerSphere) {
    const [center, radians] = within.$centerSphere as [unknown, unknown]
    const pt = Array.isArray(center) ? ([Number(center[0]), Number(center[1])] as LngLat) : safePoint(center)
    if (!pt || typeof radians !== 'number') return null
    return withExtra(source.index.nearest(pt, radians * EARTH_RADIUS_M, Infinity, () => true))
  }
  const geometry = within?.$geometry as { type?: string; coordinates?: unknown } | undefined
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
    const flat = (geometry.coordinates as unknown[]).flat(geometry.type === 'Polygon' ? 1 : 2) as LngLat[]
    if (!flat.length || !flat.every((p) => Array.isArray(p) && p.length >= 2)) return null
    const lngs = flat.map((p) => Number(p[0]))
    const lats = flat.map((p) => Number(p[1]))
    return withExtra(source.index.inBox(Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)))
  }
  return null
}
