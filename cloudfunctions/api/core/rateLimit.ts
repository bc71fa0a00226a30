// Per-person write limits: nobody creates hundreds of needs (or events, claims, …) a minute. One counter
// record per person, action and Shanghai minute, raised by a conditional update, so parallel calls cannot
// slip past the limit (PLATFORM.md: a conditional update is atomic). Records are personal (erased with 我的数据).
import { _, db } from './cloud'
import { AppError } from './errors'

/** Creates of one kind one person may make in one minute. */
export const CREATES_PER_MINUTE = 30

const counters = () => db.collection('rateLimits')
const isDuplicateKey = (error: unknown) => /E11000|duplicate key/i.test(String((error as Error)?.message ?? error))

/** Counts one create by `openid`; throws RATE_LIMITED past the limit. */
export async function countCreate(action: string, openid: string, now: Date, limit = CREATES_PER_MINUTE): Promise<void> {
  const minute = Math.floor(now.getTime() / 60_000)
  const _id = `${action}:${openid}:${minute}`
  for (let attempt = 0; attempt < 3; attempt++) {
    const res = (await counters()
      .where({ _id, count: _.lt(limit) })
      .update({ data: { count: _.inc(1) } })) as { stats: { updated: number } }
    if (res.stats.updated === 1) return
    try {
      await counters().add({ data: { _id, openid, action, count: 1, minuteStart: new Date(minute * 60_000) } })
      return
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
      // It exists: either full (refused below) or someone created it meanwhile (count again).
      const full = (await counters()
        .where({ _id, count: _.gte(limit) })
        .count()) as { total: number }
      if (full.total > 0) break
    }
  }
  throw new AppError('RATE_LIMITED', '操作太频繁了，请稍等一分钟再提交')
}
