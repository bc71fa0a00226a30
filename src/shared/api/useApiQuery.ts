import { useCallback, useEffect, useRef, useState } from 'react'
import type { ActionInput, ActionName, ActionOutput } from '../../../types/actions'
import { callApi } from './callApi'
import { ApiCallError, toApiCallError } from './ApiCallError'

export interface QueryState<T> {
  data: T | null
  error: ApiCallError | null
  loading: boolean
  reload: () => void
}

/**
 * Reads one action and keeps `{ data, error, loading, reload }`.
 * `input === null` means "not yet" (e.g. waiting for a position); the request re-runs when the input changes.
 */
export function useApiQuery<A extends ActionName>(action: A, input: ActionInput<A> | null): QueryState<ActionOutput<A>> {
  const [data, setData] = useState<ActionOutput<A> | null>(null)
  const [error, setError] = useState<ApiCallError | null>(null)
  const [loading, setLoading] = useState(input !== null)
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)
  const key = input === null ? null : JSON.stringify(input)

  useEffect(() => {
    if (key === null) return
    const ticket = ++latest.current
    setLoading(true)
    setError(null)
    callApi(action, JSON.parse(key) as ActionInput<A>).then(
      (answer) => {
        if (ticket !== latest.current) return // a newer request has started; drop this answer
        setData(answer)
        setLoading(false)
      },
      (err: unknown) => {
        if (ticket !== latest.current) return
        setError(toApiCallError(err))
        setLoading(false)
      },
    )
  }, [action, key, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, error, loading, reload }
}
