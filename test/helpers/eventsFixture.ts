// Arranging events through the real staff actions, for the events suites and bench.
import type { EventFields } from '@/types/events'
import type { TestCloud } from './localCloud'
import type { ActionInput, ActionName, ActionOutput } from '@/types/actions'

export const STAFF = 'ev-staff'
export const OTHER_STAFF = 'ev-staff-2'
export const ADMIN = 'ev-admin'

/** Friday 2026-05-01 09:00 Shanghai: "now" in the events suites. */
export const NOW = new Date('2026-05-01T09:00:00+08:00')
const HOUR = 3600_000
export const hoursFrom = (base: Date, h: number) => new Date(base.getTime() + h * HOUR).toISOString()

export async function arrangeEventPeople(cloud: TestCloud): Promise<void> {
  await cloud.store.insertMany('users', [
    { _id: STAFF, roles: ['resident', 'staff'], nickname: '网格员甲', createdAt: NOW },
    { _id: OTHER_STAFF, roles: ['staff'], nickname: '网格员乙', createdAt: NOW },
    { _id: ADMIN, roles: ['staff', 'admin'], nickname: '管理员', createdAt: NOW },
    { _id: 'ev-merchant', roles: ['resident', 'merchant'], nickname: '店主', createdAt: NOW },
    { _id: 'ev-courier', roles: ['courier'], nickname: '骑手', createdAt: NOW },
  ])
}

export function eventFields(overrides: Partial<EventFields> = {}): EventFields {
  return {
    kind: 'market',
    title: '便民超市',
    description: '周末集市',
    organiser: '街区党支部',
    place: { name: '党群服务站', address: '新华路 211 号', lat: 31.2049, lng: 121.4251 },
    startAt: hoursFrom(NOW, 48),
    endAt: hoursFrom(NOW, 50),
    signupDeadline: hoursFrom(NOW, 24),
    capacity: 5,
    waitlistEnabled: true,
    audience: 'all',
    visibility: 'public',
    formFields: [],
    ...overrides,
  }
}

export async function ok<A extends ActionName>(cloud: TestCloud, action: A, data: ActionInput<A>, openid: string): Promise<ActionOutput<A>> {
  const res = await cloud.call(action, data, openid)
  if (!res.ok) throw new Error(`${action}: ${res.error.code} ${res.error.message}`)
  return res.data
}

export async function createEvent(cloud: TestCloud, overrides: Partial<EventFields> = {}, by = STAFF): Promise<string> {
  return (await ok(cloud, 'events.create', { ...eventFields(overrides), publish: true }, by)).id
}
