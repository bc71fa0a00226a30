// Idempotent creates: a create action called again with the same request id (a double tap, a retry after a
// timeout, a second phone replaying the form) answers the first result instead of writing again.
// The claim is a record with a deterministic `_id`: a second `add` fails with E11000 (PLATFORM.md), so two
// calls racing each other cannot both run. Records are personal (`requests`, erased with 我的数据).
import { _, db } from './cloud'
import { AppError } from './errors'
import { firstDoc } from './db'

const requests = () => db.collection('requests')
const isDuplicateKey = (error: unknown) => /E11000|duplicate key/i.test(String((error as Error)?.message ?? error))

/** The api function's time limit (config.json `timeout`, seconds): a claim older than this was abandoned. */
export const FUNCTION_TIME_LIMIT_MS = 10_000
const WAIT_STEP_MS = 150

interface RequestDoc {
  _id: string
  openid: string
  action: string
  state: 'running' | 'done'
  result: unknown
  createdAt: Date
}

export const requestDocId = (action: string, openid: string, requestId: string) => `${action}:${openid}:${requestId}`

/**
 * Runs `run` once per (action, caller, request id). A repeat after it finished answers the stored result; a
 * repeat while it runs waits for it (up to the time limit) and then answers CONFLICT; a failure frees the id,
 * so a corrected retry runs. A claim left by a crash (older than the time limit) is taken over.
 */
export async function runOnce<T>(action: string, openid: string, requestId: string, now: Date, run: () => Promise<T>): Promise<T> {
  const _id = requestDocId(action, openid, requestId)
  const claimed = await claim(_id, action, openid, now)
  if (!claimed) return waitForFirst<T>(_id)
  try {
    const result = await run()
    await requests()
      .doc(_id)
      .update({ data: { state: 'done', result: _.set(JSON.parse(JSON.stringify({ value: result ?? null }))) } })
    return result
  } catch (error) {
    await Promise.resolve(requests().doc(_id).remove()).catch(() => undefined)
    throw error
  }
}

async function claim(_id: string, action: string, openid: string, now: Date): Promise<boolean> {
  try {
    await requests().add({ data: { _id, openid, action, state: 'running', result: null, createdAt: now } })
    return true
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
  }
  // Abandoned by a crash: take it over, conditionally, so only one repeat does.
  const stale = new Date(now.getTime() - FUNCTION_TIME_LIMIT_MS)
  const res = (await requests()
    .where({ _id, state: 'running', createdAt: _.lt(stale) })
    .update({ data: { createdAt: now } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

async function waitForFirst<T>(_id: string): Promise<T> {
  const deadline = Date.now() + Math.min(FUNCTION_TIME_LIMIT_MS / 2, 4000)
  for (;;) {
    const doc = await firstDoc<RequestDoc>(requests().where({ _id }))
    if (doc?.state === 'done') return (doc.result as { value: T }).value
    if (!doc) throw new AppError('CONFLICT', '上一次提交没有成功，请再提交一次')
    if (Date.now() > deadline) throw new AppError('CONFLICT', '上一次提交仍在处理，请稍后刷新查看')
    await new Promise((r) => setTimeout(r, WAIT_STEP_MS))
  }
}
