import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { EventView } from '@/types/events'
import type { SubscribeTemplateKey } from '@/types/messages.vocab'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { askToSubscribe, remindersConfigured, REMINDERS_NOT_CONFIGURED } from '@/src/shared/api/subscribe'
import { Button } from '@/src/shared/ui/nutui'
import { SignupFieldInput, type FormAnswer } from './SignupFieldInput'
import './SignupPanel.scss'

/**
 * The event's own form and the one-tap sign-up (which also asks, from the tap, for the reminder). Busy from the tap,
 * before the consent prompt: a second tap meanwhile does nothing. After it, the event and 我的活动 refresh by
 * themselves (the query layer); a failure shows inline and keeps what was typed.
 */
export function SignupPanel({ event, invite }: { event: EventView; invite?: string }) {
  const [form, setForm] = useState<Record<string, FormAnswer>>({})
  const signup = useApiMutation(
    'events.signup',
    (result) =>
      Taro.showToast({ title: result.status === 'seated' ? '报名成功' : result.position ? `已候补第 ${result.position} 位` : '已加入候补', icon: 'success' }),
    { toast: false },
  )

  if (!event.signupOpen) {
    return <Text className='signup-closed'>{event.status === 'cancelled' ? '活动已取消' : '报名已截止'}</Text>
  }
  const full = event.seatsLeft === 0
  if (full && !event.waitlistEnabled) return <Text className='signup-closed'>名额已满</Text>

  const submit = () =>
    signup.mutate(
      (accepted) => ({
        eventId: event.id,
        form,
        remind: ((accepted as SubscribeTemplateKey[] | undefined) ?? []).includes('eventReminder'),
        ...(invite ? { invite } : {}),
      }),
      {
        // Joining the waitlist: also ask for the message that tells them a seat came free.
        before: () => askToSubscribe(full ? ['eventReminder', 'eventSeatConfirmed', 'eventChanged'] : ['eventReminder', 'eventChanged']),
      },
    )
  const busy = signup.busy
  const problem = signup.error?.message ?? null

  return (
    <View className='signup-panel'>
      {event.formFields.map((field) => (
        <SignupFieldInput key={field.key} field={field} value={form[field.key]} onChange={(value) => setForm((f) => ({ ...f, [field.key]: value }))} />
      ))}
      {problem && <Text className='signup-problem'>{problem}</Text>}
      <Button className='nx-big-button signup-button' type='primary' block loading={busy} disabled={busy} onClick={submit}>
        {full ? '加入候补' : '立即报名'}
      </Button>
      <Text className='signup-hint'>
        {!remindersConfigured() ? REMINDERS_NOT_CONFIGURED : full ? '可同意接收递补成功通知和开始前提醒（各一次）' : '报名时可同意接收开始前提醒（仅一次）'}
      </Text>
    </View>
  )
}
