import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput } from '../../../types/actions'
import { isCreateAction, newRequestId } from '../../../types/createActions'
import { callApi } from './callApi'
import { toApiCallError, type ApiCallError } from './ApiCallError'

export interface SubmitOptions {
  /** Runs first, while the control is already busy: e.g. the subscribe-consent prompt, which must follow the tap. */
  before?: () => Promise<unknown>
}

/**
 * One write action: `{ submit, busy, error }`. The control is busy from the tap (before `before`) until the
 * write finishes, and a second tap meanwhile does nothing (answers null). A create action carries one request
 * id per form, kept across retries of that form and renewed after success, so the server answers a repeat
 * with the first result (types/createActions.ts). `toast: false` leaves showing the error to the page.
 */
export function useSubmit<A extends ActionName>(action: A, onDone?: (output: ActionOutput<A>) => void, { toast = true } = {}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const inFlight = useRef(false)
  const requestId = useRef(newRequestId())
  const submit = useCallback(
    async (input: ActionInput<A>, options: SubmitOptions = {}): Promise<ActionOutput<A> | null> => {
      if (inFlight.current) return null
      inFlight.current = true
      setBusy(true)
      setError(null)
      try {
        await options.before?.().catch(() => undefined)
        const data = isCreateAction(action) ? ({ ...(input as object), requestId: requestId.current } as ActionInput<A>) : input
        const output = await callApi(action, data)
        requestId.current = newRequestId()
        onDone?.(output)
        return output
      } catch (err) {
        const failure = toApiCallError(err)
        setError(failure)
        if (toast) Taro.showToast({ title: failure.message, icon: 'none', duration: 2500 })
        return null
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
    [action, onDone, toast],
  )
  return { submit, busy, error }
}
