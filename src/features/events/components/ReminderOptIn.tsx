import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { MySignup } from '@/types/events'
import type { SubscribeTemplateKey } from '@/types/messages.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { markWritten } from '@/src/shared/query/useApiMutation'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { askToSubscribe, remindersConfigured, REMINDERS_NOT_CONFIGURED } from '@/src/shared/api/subscribe'
import { Button } from '@/src/shared/ui/nutui'
import './ReminderOptIn.scss'

/** Someone waiting also wants to hear when a seat comes free; WeChat's consent must be asked from the tap. */
export const messagesFor = (status: MySignup['status']): SubscribeTemplateKey[] =>
  status === 'waitlisted' ? ['eventReminder', 'eventSeatConfirmed', 'eventChanged'] : ['eventReminder', 'eventChanged']

/** "提醒我" for a person signed up without the reminder; "已开启提醒" once it is on (the sign-up refreshes by itself). */
export function ReminderOptIn({ mine }: { mine: MySignup }) {
  const [busy, setBusy] = useState(false)
  // Busy from the tap, before the consent prompt: a second tap while it is open (the view may not have
  // re-rendered yet on weapp) does nothing.
  const inFlight = useRef(false)
  if (mine.status === 'cancelled' || mine.checkedInAt) return null
  if (mine.remind) {
    return (
      <View className='reminder-on'>
        <Text className='reminder-on__text'>已开启提醒</Text>
        <Text className='reminder-on__hint'>{mine.status === 'waitlisted' ? '递补成功和开始前会通知你' : '开始前会通知你'}</Text>
      </View>
    )
  }
  if (!remindersConfigured(messagesFor(mine.status))) return <Text className='reminder-off'>{REMINDERS_NOT_CONFIGURED}</Text>
  const optIn = async () => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    try {
      const accepted = await askToSubscribe(messagesFor(mine.status))
      if (!accepted.includes('eventReminder')) {
        Taro.showToast({ title: '未开启提醒', icon: 'none' })
        return
      }
      await callApi('events.remind', { eventId: mine.eventId })
      Taro.showToast({ title: '已开启提醒', icon: 'success' })
      markWritten('events.remind')
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: toApiCallError(err).message, showCancel: false })
    } finally {
      inFlight.current = false
      setBusy(false)
    }
  }
  return (
    <Button className='nx-big-button remind-me-button' fill='outline' type='primary' block loading={busy} disabled={busy} onClick={optIn}>
      提醒我
    </Button>
  )
}
