import { useState } from 'react'
import type { ActionName } from '@/types/actions'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { useWriteSteps } from '@/src/shared/query/useApiMutation'

/**
 * A staff edit page's writes that are more than one call (upload, then save): run one, say "done" or what went
 * wrong in one line; afterwards what the `writes` actions change is stale, so the lists showing it refresh by
 * themselves (shared/query/writes.ts). Errors that are not API answers (a failed photo upload) keep their own
 * message. A second tap while a write is in flight does nothing, and `work` gets the form's request id for create
 * actions (a repeat writes once).
 */
export function useStaffAction(writes: readonly ActionName[]) {
  const [message, setMessage] = useState<string | null>(null)
  const { run } = useWriteSteps()
  const act = (work: (requestId: string) => Promise<unknown>, done: string) =>
    run(async (requestId) => {
      setMessage(null)
      try {
        await work(requestId)
        setMessage(done)
      } catch (err) {
        setMessage(err instanceof Error && !('code' in err) ? err.message : toApiCallError(err).message)
        throw err
      }
    }, writes).catch(() => undefined)
  return { message, act }
}
