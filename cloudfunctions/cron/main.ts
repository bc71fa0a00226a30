// The `cron` function: CloudBase's timer trigger (config.json) runs every job; a user can never call it.
import { callerOpenid } from '../api/core/cloud'
import { now } from '../api/core/clock'
import { answerDeployProbe, isDeployProbe } from '../api/system/probe'
import { jobs } from './jobs'

export async function main(event?: unknown) {
  if (callerOpenid()) return { ok: false, error: { code: 'FORBIDDEN', message: '定时任务不接受用户调用' } }
  // npm run deploy checks this function's cloud-call permissions (its own config.json) the same way as api's.
  if (isDeployProbe(event)) return answerDeployProbe(event)
  const at = now()
  const results: Record<string, Record<string, number> | { error: string }> = {}
  for (const job of jobs) {
    try {
      results[job.name] = await job.run(at)
    } catch (error) {
      // One job failing must not stop the others; the next tick retries it.
      console.error(`[cron] ${job.name} failed`, error)
      results[job.name] = { error: String((error as Error)?.message ?? error) }
    }
  }
  return { ok: true, data: { at: at.toISOString(), results } }
}
