import type { StationView } from '@/types/stations'
import { blockTime } from '@/src/shared/time'

/** "350 米", "1.2 公里", "12 公里". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `${Math.max(0, Math.round(metres / 10) * 10)} 米`
  const km = metres / 1000
  return km < 10 ? `${km.toFixed(1)} 公里` : `${Math.round(km)} 公里`
}

/** "今天 20:00", "明天 08:00", "后天 08:00", "周五 08:00" (within a week) or "6月3日 08:00". */
export function formatWhen(iso: string, now: Date): string {
  const at = blockTime(iso)
  const today = blockTime(now).startOf('day')
  const days = at.startOf('day').diff(today, 'day')
  const clock = at.format('HH:mm')
  if (days === 0) return `今天 ${clock}`
  if (days === 1) return `明天 ${clock}`
  if (days === 2) return `后天 ${clock}`
  if (days > 2 && days < 7) return `${'周日 周一 周二 周三 周四 周五 周六'.split(' ')[at.day()]} ${clock}`
  return `${at.month() + 1}月${at.date()}日 ${clock}`
}

export interface OpeningStatus {
  open: boolean
  /** "营业中", "即将打烊", "已打烊" or "暂停开放". */
  label: string
  /** "今天 20:00 打烊", "24 小时营业", "明天 08:00 开门", "暂无开门时间", or the closure's reason and expected reopening. */
  detail: string
  /** Open but closing within 30 minutes. */
  closingSoon?: boolean
}

/** "暂停开放：饮水机维修，预计 12月3日 恢复" (Shanghai calendar date), or "暂停开放：饮水机维修" without a date. */
export function closureText(closure: StationView['closure']): string {
  if (!closure) return ''
  if (!closure.expectedReopenAt) return `暂停开放：${closure.reason}`
  const day = blockTime(closure.expectedReopenAt)
  return `暂停开放：${closure.reason}，预计 ${day.month() + 1}月${day.date()}日 恢复`
}

export function describeOpening(
  station: Pick<StationView, 'openNow' | 'nextOpeningAt' | 'closesAt'> & Partial<Pick<StationView, 'status' | 'closure' | 'closingSoon'>>,
  now: Date,
): OpeningStatus {
  if (station.status === 'suspended') {
    return { open: false, label: '暂停开放', detail: closureText(station.closure ?? null).replace(/^暂停开放：/, '') || '暂停开放' }
  }
  if (station.openNow) {
    return {
      open: true,
      label: station.closingSoon ? '即将打烊' : '营业中',
      detail: station.closesAt ? `${formatWhen(station.closesAt, now)} 打烊` : '24 小时营业',
      ...(station.closingSoon ? { closingSoon: true } : {}),
    }
  }
  return {
    open: false,
    label: '已打烊',
    detail: station.nextOpeningAt ? `${formatWhen(station.nextOpeningAt, now)} 开门` : '暂无开门时间',
  }
}
