import { useCallback, useRef } from 'react'
import { newRequestId } from '../../../types/createActions'

/**
 * For pages that call `callApi` themselves (useSubmit does this for its users): `once(work)` runs `work` with
 * the form's request id unless a write is already in flight (a second tap answers undefined), and renews the
 * id after a success, so a double tap, a retry or a replay of the same form writes once (types/createActions.ts).
 */
export function useFormRequest() {
  const inFlight = useRef(false)
  const requestId = useRef(newRequestId())
  return useCallback(async <T>(work: (requestId: string) => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined
    inFlight.current = true
    try {
      const out = await work(requestId.current)
      requestId.current = newRequestId()
      return out
    } finally {
      inFlight.current = false
    }
  }, [])
}
