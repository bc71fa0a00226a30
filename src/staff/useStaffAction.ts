import { useState } from 'react'
import { toApiCallError } from '../shared/api/ApiCallError'

/**
 * A staff edit page's writes: run one, say "done" or what went wrong in one line, reload the list it changed.
 * Errors that are not API answers (a failed photo upload) keep their own message.
 */
export function useStaffAction(reload: () => void) {
  const [message, setMessage] = useState<string | null>(null)
  const act = async (work: () => Promise<unknown>, done: string) => {
    setMessage(null)
    try {
      await work()
      setMessage(done)
      reload()
    } catch (err) {
      setMessage(err instanceof Error && !('code' in err) ? err.message : toApiCallError(err).message)
    }
  }
  return { message, act }
}
