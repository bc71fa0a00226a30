import { useState } from 'react'
import { toApiCallError } from '../shared/api/ApiCallError'
import { useFormRequest } from '../shared/api/useFormRequest'

/**
 * A staff edit page's writes: run one, say "done" or what went wrong in one line, reload the list it changed.
 * Errors that are not API answers (a failed photo upload) keep their own message. A second tap while a write is
 * in flight does nothing, and `work` gets the form's request id for create actions (a repeat writes once).
 */
export function useStaffAction(reload: () => void) {
  const [message, setMessage] = useState<string | null>(null)
  const once = useFormRequest()
  const act = (work: (requestId: string) => Promise<unknown>, done: string) =>
    once(async (requestId) => {
      setMessage(null)
      try {
        await work(requestId)
        setMessage(done)
        reload()
      } catch (err) {
        setMessage(err instanceof Error && !('code' in err) ? err.message : toApiCallError(err).message)
      }
    })
  return { message, act }
}
