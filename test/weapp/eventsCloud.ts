// A stand-in for wx.cloud that answers `api` for the 活动 tab like the real function: `{ result: ApiResult }`.
// `events.list` validates with the real schema and filters like the real action (published, public, audience, kind, soonest first).
import type { ApiResult } from '../../types/api'
import { listEventsInput, type EventSummary } from '../../types/events'
import { EVENTS_LIST_LIMIT } from '../../types/events.vocab'
import type { ActiveNotices } from '../../types/notices'
import type { CallFunctionOptions } from './fakeCloud'

function event(partial: Partial<EventSummary> & Pick<EventSummary, 'id' | 'kind' | 'title' | 'startAt' | 'capacity' | 'seatsTaken'>): EventSummary {
  return {
    endAt: new Date(Date.parse(partial.startAt) + 2 * 3600_000).toISOString(),
    placeName: '新华路街区党群服务站',
    seatsLeft: Math.max(0, partial.capacity - partial.seatsTaken),
    waitlistEnabled: false,
    signupDeadline: partial.startAt,
    audience: 'all',
    visibility: 'public',
    status: 'published',
    ...partial,
  }
}

/** What the store holds; the caller (a resident) should see the first four, soonest first. */
export const FIXTURE_EVENTS: EventSummary[] = [
  event({ id: 'ev-market', kind: 'market', title: '周末便民集市', startAt: '2026-12-05T01:00:00.000Z', capacity: 30, seatsTaken: 30, waitlistEnabled: true }),
  event({ id: 'ev-sports', kind: 'sports', title: '街区趣味运动会', startAt: '2026-12-01T01:30:00.000Z', capacity: 40, seatsTaken: 38, waitlistEnabled: true }),
  event({ id: 'ev-walk', kind: 'walkingLesson', title: '人文新华行走党课', startAt: '2026-12-03T06:00:00.000Z', capacity: 25, seatsTaken: 5, placeName: '新华路 211 号' }),
  event({ id: 'ev-night', kind: 'nightSchool', title: '夜校·智能手机入门', startAt: '2026-12-08T11:00:00.000Z', capacity: 12, seatsTaken: 12 }),
  // Not for this caller: QR-only, a draft, and a merchants-only event.
  event({ id: 'ev-qr', kind: 'stage', title: '邀请制分享会', startAt: '2026-12-02T11:00:00.000Z', capacity: 20, seatsTaken: 0, visibility: 'qr' }),
  event({ id: 'ev-draft', kind: 'sports', title: '草稿里的跳绳赛', startAt: '2026-12-02T01:00:00.000Z', capacity: 20, seatsTaken: 0, status: 'draft' }),
  event({ id: 'ev-merchants', kind: 'startup', title: '商户经营沙龙', startAt: '2026-12-04T06:00:00.000Z', capacity: 20, seatsTaken: 3, audience: 'merchant' }),
]

const CALLER_ROLES: readonly string[] = ['resident']

function listEvents(data: unknown): ApiResult<{ events: EventSummary[] }> {
  const parsed = listEventsInput.safeParse(data ?? {})
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('；')
    return { ok: false, error: { code: 'INVALID_INPUT', message: `输入有误 — ${message}` } }
  }
  const { kind } = parsed.data
  const events = FIXTURE_EVENTS.filter((e) => e.status === 'published' && e.visibility === 'public')
    .filter((e) => !kind || e.kind === kind)
    .filter((e) => e.audience === 'all' || CALLER_ROLES.includes(e.audience))
    .sort((a, b) => a.startAt.localeCompare(b.startAt))
    .slice(0, EVENTS_LIST_LIMIT)
  return { ok: true, data: { events } }
}

/** A server failure exactly as the router reports it. */
export const INTERNAL_FAILURE: ApiResult<never> = { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } }

/** wx.cloud for the 活动 tab; `failNextLists(n)` makes the next n `events.list` calls answer INTERNAL_FAILURE. */
export function createEventsCloud() {
  let failures = 0
  const answer = ({ name, data: request }: CallFunctionOptions): unknown => {
    if (name !== 'api') throw { errMsg: `cloud.callFunction:fail function not found: ${name}` }
    const reply = (result: ApiResult<unknown>) => ({ result, errMsg: 'cloud.callFunction:ok' })
    if (request.action === 'events.list') {
      if (failures > 0) {
        failures -= 1
        return reply(INTERNAL_FAILURE)
      }
      return reply(listEvents(request.data))
    }
    if (request.action === 'notices.active') return reply({ ok: true, data: { emergencies: [] } satisfies ActiveNotices })
    return reply({ ok: false, error: { code: 'INVALID_INPUT', message: `未知的操作：${request.action}` } })
  }
  const callFunction = jest.fn((options: CallFunctionOptions) => {
    const promise = new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(answer(options))
        } catch (err) {
          reject(err)
        }
      }, 5)
    })
    if (!options.success && !options.fail) return promise
    promise.then(
      (res) => { options.success?.(res); options.complete?.(res) },
      (err) => { options.fail?.(err); options.complete?.(err) },
    )
    return undefined
  })
  return {
    cloud: { init: jest.fn(), callFunction, DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV') },
    failNextLists: (n = 1) => {
      failures = n
    },
    /** The `data` of each `events.list` call so far. */
    listRequests: () =>
      callFunction.mock.calls.map(([options]) => options.data).filter((r) => r.action === 'events.list').map((r) => r.data),
  }
}
