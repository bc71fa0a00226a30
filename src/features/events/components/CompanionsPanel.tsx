import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { COMPANIONS_MAX, type EventView, type MySignup } from '@/types/events'
import { SIGNUP_STATUS_LABELS } from '@/types/events.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { markWritten, useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button, Tag } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { SignupFieldInput, type FormAnswer } from './SignupFieldInput'
import './CompanionsPanel.scss'

/** One companion the person signed up: name, own status (and waitlist place), own check-in code, cancel alone. */
function CompanionRow({ eventId, companion }: { eventId: string; companion: MySignup }) {
  const [codeShown, setCodeShown] = useState(false)
  const [busy, setBusy] = useState(false)
  const cancel = async () => {
    const { confirm } = await Taro.showModal({
      title: `取消${companion.companion?.name ?? '家人'}的报名？`,
      content: '只取消这一位，名额会让给候补的人',
      confirmText: '取消报名',
      cancelText: '不取消',
    })
    if (!confirm) return
    setBusy(true)
    try {
      await callApi('events.cancel', { eventId, signupId: companion.signupId })
      markWritten('events.cancel')
      Taro.showToast({ title: '已取消', icon: 'success' })
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: toApiCallError(err).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className={`companion companion-${companion.status}`}>
      <View className='companion__head'>
        <Text className='companion-name'>{companion.companion?.name}</Text>
        <Tag className='companion-status' type={companion.status === 'seated' ? 'success' : 'warning'}>
          {SIGNUP_STATUS_LABELS[companion.status]}
          {companion.position ? ` 第 ${companion.position} 位` : ''}
        </Tag>
      </View>
      {companion.checkedInAt && <Text className='companion__line'>已签到</Text>}
      {companion.checkinCode && !companion.checkedInAt && (
        <View className='companion-code' onClick={() => setCodeShown(!codeShown)}>
          <Text className='companion-code__toggle'>{codeShown ? '收起签到码' : '出示签到码'}</Text>
          {codeShown && <QrCodeImage content={companion.checkinCode} />}
        </View>
      )}
      {companion.canCancel && (
        <Button className='companion-cancel' size='small' fill='outline' type='danger' disabled={busy} onClick={cancel}>
          取消这位的报名
        </Button>
      )}
    </View>
  )
}

/**
 * 为家人报名: the companions the person signed up (each its own seat, place and code), and a form to add one more —
 * the name plus the event's required fields, answered for that person. Up to COMPANIONS_MAX.
 */
export function CompanionsPanel({ event, invite }: { event: EventView; invite?: string }) {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [form, setForm] = useState<Record<string, FormAnswer>>({})
  const add = useApiMutation(
    'events.signupCompanion',
    (result) => {
      Taro.showToast({ title: result.status === 'seated' ? '已为家人报名' : '家人已加入候补', icon: 'success' })
      setName('')
      setForm({})
      setOpen(false)
    },
    { toast: false },
  )
  const companions = event.companions
  const canAdd = event.signupOpen && companions.length < COMPANIONS_MAX && !(event.seatsLeft === 0 && !event.waitlistEnabled)
  if (companions.length === 0 && !canAdd) return null
  const required = event.formFields.filter((f) => f.required)

  return (
    <View className='companions-panel'>
      {companions.length > 0 && <Text className='companions-panel__title'>我为家人报名的</Text>}
      {companions.map((c) => (
        <CompanionRow key={c.signupId} eventId={event.id} companion={c} />
      ))}
      {canAdd &&
        (open ? (
          <View className='companion-form'>
            <Text className='signup-field__label'>家人/同行人姓名 *</Text>
            <Input
              className='companion-name-input signup-field__input'
              value={name}
              maxLength={20}
              onChange={(v: string) => setName(v)}
              placeholder='请填写姓名'
            />
            {required.map((field) => (
              <SignupFieldInput key={field.key} field={field} value={form[field.key]} onChange={(value) => setForm((f) => ({ ...f, [field.key]: value }))} />
            ))}
            {add.error && <Text className='signup-problem'>{add.error.message}</Text>}
            <Button
              className='nx-big-button companion-submit'
              type='primary'
              block
              loading={add.busy}
              disabled={add.busy}
              onClick={() => add.mutate({ eventId: event.id, name: name.trim(), form, ...(invite ? { invite } : {}) })}
            >
              {event.seatsLeft === 0 ? '为家人加入候补' : '确认为家人报名'}
            </Button>
            <Button className='nx-big-button' fill='outline' block onClick={() => setOpen(false)}>
              先不报了
            </Button>
          </View>
        ) : (
          <Button className='nx-big-button companion-open' fill='outline' block onClick={() => setOpen(true)}>
            为家人报名（还可 {COMPANIONS_MAX - companions.length} 位）
          </Button>
        ))}
      <Text className='signup-hint'>每位家人单独占一个名额、有自己的签到码，可以单独取消</Text>
    </View>
  )
}
