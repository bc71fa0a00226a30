/**
 * How old a kept answer is, in the words shown beside it: "刚刚的数据", "3 分钟前的数据", "2 小时前的数据",
 * "3 天前的数据". `savedAt` and `now` are epoch milliseconds; a clock that went backwards reads as 刚刚.
 */
export function dataAgeText(savedAt: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - savedAt) / 60_000)
  if (minutes < 1) return '刚刚的数据'
  if (minutes < 60) return `${minutes} 分钟前的数据`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} 小时前的数据`
  return `${Math.floor(hours / 24)} 天前的数据`
}
