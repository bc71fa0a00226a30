import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput } from '../../../types/actions'
import { callApi } from './callApi'
import { toApiCallError, type ApiCallError } from './ApiCallError'

/** One write action: `{ submit, busy, error }`; a failure is shown as a toast and kept in `error`. */
export function useSubmit<A extends ActionName>(action: A, onDone?: (output: ActionOutput<A>) => void) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiCallError | null>(null)
  const submit = useCallback(
    async (input: ActionInput<A>): Promise<ActionOutput<A> | null> => {
      setBusy(true)
      setError(null)
      try {
        const output = await callApi(action, input)
        onDone?.(output)
        return output
      } catch (err) {
        const failure = toApiCallError(err)
        setError(failure)
        Taro.showToast({ title: failure.message, icon: 'none', duration: 2500 })
        return null
      } finally {
        setBusy(false)
      }
    },
    [action, onDone],
  )
  return { submit, busy, error }
}
