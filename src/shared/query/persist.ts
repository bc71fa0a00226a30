import Taro from '@tarojs/taro'
import { actionOfKey } from './queryKey'

/**
 * The last good answer of the reads a person needs with no signal, kept on the device with its time
 * (Taro.setStorageSync = wx.setStorageSync). WeChat allows 10 MB per mini-program and 1 MB per key
 * (https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html): an answer over
 * MAX_ENTRY_CHARS is not kept, and past MAX_ENTRIES the oldest goes, so this stays under 3 MB.
 *
 * Only public data and the person's own (their sign-ups with check-in codes, badge, needs, favourites) — never a
 * staff read of other people's data. Keys are per identity (the h5 debug identity; on weapp, WeChat keeps each
 * user's storage apart already).
 */
export const KEPT_ON_DEVICE: readonly string[] = [
  'stations.nearby',
  'stations.get',
  'resources.list',
  'resources.get',
  'resources.favourites',
  'events.list',
  'events.get',
  'events.mine',
  'badges.mine',
  'users.me',
  'notices.list',
  'notices.active',
  'notices.get',
  'projects.list',
  'projects.get',
  'projects.mine',
  'needs.mine',
  'positions.nearby',
  'teams.list',
  'hours.mine',
]

export const MAX_ENTRIES = 40
export const MAX_ENTRY_CHARS = 60_000

export interface KeptAnswer {
  /** The query key (queryKey.ts). */
  k: string
  /** When the answer arrived, epoch ms. */
  t: number
  d: unknown
}

const PREFIX = 'nx.q:'
const indexKey = (owner: string) => `${PREFIX}${owner}:index`
const entryKey = (owner: string, slot: number) => `${PREFIX}${owner}:${slot}`

interface Index {
  next: number
  /** query key → [storage slot, saved at] */
  slots: Record<string, [number, number]>
}

function readIndex(owner: string): Index {
  try {
    const index = Taro.getStorageSync(indexKey(owner)) as Index | ''
    if (index && typeof index === 'object' && index.slots) return index
  } catch {
    // unreadable storage: start again
  }
  return { next: 0, slots: {} }
}

export function isKeptOnDevice(key: string): boolean {
  return KEPT_ON_DEVICE.includes(actionOfKey(key))
}

/** The kept answer for `key`, or null. */
export function loadAnswer(owner: string, key: string): KeptAnswer | null {
  const slot = readIndex(owner).slots[key]
  if (!slot) return null
  try {
    const kept = Taro.getStorageSync(entryKey(owner, slot[0])) as KeptAnswer | ''
    return kept && kept.k === key ? kept : null
  } catch {
    return null
  }
}

/** The newest kept answer of `action` with any input (e.g. the station list near where the rider last was). */
export function loadLatestOfAction(owner: string, action: string): KeptAnswer | null {
  const { slots } = readIndex(owner)
  const newest = Object.entries(slots)
    .filter(([key]) => actionOfKey(key) === action)
    .sort((a, b) => b[1][1] - a[1][1])[0]
  return newest ? loadAnswer(owner, newest[0]) : null
}

/** Keeps `data` as the answer for `key` at time `t`; too big answers are not kept; the oldest beyond MAX_ENTRIES go. */
export function saveAnswer(owner: string, key: string, data: unknown, t: number): void {
  if (!isKeptOnDevice(key)) return
  const kept: KeptAnswer = { k: key, t, d: data }
  if (JSON.stringify(kept).length > MAX_ENTRY_CHARS) return
  try {
    const index = readIndex(owner)
    const slot = index.slots[key]?.[0] ?? index.next++
    index.slots[key] = [slot, t]
    const byAge = Object.entries(index.slots).sort((a, b) => b[1][1] - a[1][1])
    for (const [oldKey, [oldSlot]] of byAge.slice(MAX_ENTRIES)) {
      delete index.slots[oldKey]
      Taro.removeStorageSync(entryKey(owner, oldSlot))
    }
    Taro.setStorageSync(entryKey(owner, slot), kept)
    Taro.setStorageSync(indexKey(owner), index)
  } catch (err) {
    // Storage full or refused: the app works without it.
    console.warn('[query] could not keep an answer on the device', err)
  }
}

/** Forgets every kept answer of `owner` (after 删除我的数据). */
export function forgetAnswers(owner: string): void {
  const index = readIndex(owner)
  try {
    for (const [slot] of Object.values(index.slots)) Taro.removeStorageSync(entryKey(owner, slot))
    Taro.removeStorageSync(indexKey(owner))
  } catch {
    // nothing more to do
  }
}
