import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput } from '@/types/actions'
import { isCreateAction, newRequestId } from '@/types/createActions'
import { callApi } from '../api/callApi'
import { toApiCallError, type ApiCallError } from '../api/ApiCallError'
import { invalidate } from './cache'
import { staleAfterWrite } from './writes'

export interface MutationOptions {
  /** Show a failure as a toast (default); `false` leaves it to the page (`error`). */
  toast?: boolean
}

export interface MutateOptions {
  /**
   * Runs first, while the control is already busy: e.g. the subscribe-consent prompt, which must follow the tap.
   * Its answer (undefined if it failed) goes to `input` when `input` is a function.
   */
  before?: () => Promise<unknown>
}

/**
 * The app's one write hook: `{ mutate, busy, error }`; `onSuccess(output)` runs after a success, once what the
 * write changed is marked stale (e.g. navigate back, clear the form). The control is busy from the tap until the write finishes
 * and a second tap meanwhile does nothing (answers null). A success marks stale what the action changed
 * (writes.ts), so every screen showing it refreshes by itself. A create action carries one request id per form,
 * kept across retries and renewed after success, so a repeat writes once (types/createActions.ts). A failure answers
 * null and leaves the form as it was (what was typed stays).
 */
export function useApiMutation<A extends ActionName>(action: A, onSuccess?: (output: ActionOutput<A>) => void, { toast = true }: MutationOptions = {}) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const inFlight = useRef(false)
  const requestId = useRef(newRequestId())
  const mutate = useCallback(
    async (input: ActionInput<A> | ((prepared: unknown) => ActionInput<A>), options: MutateOptions = {}): Promise<ActionOutput<A> | null> => {
      if (inFlight.current) return null
      inFlight.current = true
      setBusy(true)
      setError(null)
      try {
        const prepared = await options.before?.().catch(() => undefined)
        const given = typeof input === 'function' ? input(prepared) : input
        const data = isCreateAction(action) ? ({ ...given, requestId: requestId.current } as ActionInput<A>) : given
        const output = await callApi(action, data)
        requestId.current = newRequestId()
        invalidate(staleAfterWrite(action))
        onSuccess?.(output)
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
    [action, onSuccess, toast],
  )
  return { mutate, busy, error }
}

/**
 * For the few screens whose write is more than one action (upload photos, then save): `run(work, changes)` runs
 * `work` with the form's request id unless a write is in flight (answers undefined), then marks stale what the
 * `changes` actions change. Throws what `work` throws.
 */
export function useWriteSteps() {
  const inFlight = useRef(false)
  const requestId = useRef(newRequestId())
  const [busy, setBusy] = useState(false)
  const run = useCallback(async <T>(work: (requestId: string) => Promise<T>, changes: readonly ActionName[]): Promise<T | undefined> => {
    if (inFlight.current) return undefined
    inFlight.current = true
    setBusy(true)
    try {
      const out = await work(requestId.current)
      requestId.current = newRequestId()
      invalidate(changes.flatMap(staleAfterWrite))
      return out
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }, [])
  return { run, busy }
}

/** For a write made outside these hooks (a file import's own flow): mark stale what `actions` change. */
export function markWritten(...actions: ActionName[]): void {
  invalidate(actions.flatMap(staleAfterWrite))
}
