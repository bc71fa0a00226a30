/**
 * Warms a local cloud's `api` pool: runs `round` until `instances` instances have started, then once more so each has
 * served calls. The pool starts at most 4 instances at once (local-cloud/functions/functionPool.ts MAX_STARTING), so a
 * 1,000-call round brings only a few more: one warm-up round is not enough, and a measured round that still starts
 * instances measures their cold starts (a cold start is the cold-start bench's figure, not these).
 * Answers the number of instances started; at most `maxRounds` rounds.
 */
export async function warmEveryInstance(cloudUrl: string, instances: number, round: () => Promise<unknown>, maxRounds = 40): Promise<number> {
  const states = async () => {
    const health = (await (await fetch(`${cloudUrl}/_local/health`)).json()) as { functions: Record<string, string[]> }
    return health.functions.api ?? []
  }
  const ready = (list: string[]) => list.filter((state) => state === 'idle' || state === 'busy').length
  for (let i = 0; i < maxRounds; i++) {
    const now = await states()
    if (ready(now) >= instances && !now.includes('starting')) break
    await round()
  }
  await round()
  const started = ready(await states())
  if (started < instances) throw new Error(`warm-up: ${started} of ${instances} instances started after ${maxRounds} rounds (fewer callers than instances?)`)
  return started
}
