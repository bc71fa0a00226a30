import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { MySignup } from '@/types/events'
import { SIGNUP_STATUS_LABELS } from '@/types/events.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { markWritten } from '@/src/shared/query/useApiMutation'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { Button, Tag } from '@/src/shared/ui/nutui'
import { shortTime } from '../format'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { ReminderOptIn } from './ReminderOptIn'
import { SiteCheckin } from './SiteCheckin'
import './MySignupPanel.scss'

/** How long after the panel appears a tap on 取消报名 counts (a double tap's second tap lands within it). */
const SETTLE_MS = 800

/**
 * The person's own sign-up: status, waitlist place, reminder opt-in, personal check-in code, self check-in, cancel.
 * `companions`: those they signed up too; cancelling one's own never cancels them silently — the confirmation asks.
 */
export function MySignupPanel({ mine, companions = [] }: { mine: MySignup; companions?: MySignup[] }) {
  const [busy, setBusy] = useState(false)
  // Cancelling gives the seat away: a second, explicit tap confirms it.
  const [confirming, setConfirming] = useState(false)
  // This panel replaces 立即报名 in the same place: the second tap of a double tap must not open 取消报名.
  const shownAt = useRef(Date.now())
  const openCancel = () => {
    if (Date.now() - shownAt.current >= SETTLE_MS) setConfirming(true)
  }
  // Each write is a single call whose outcome shows in a modal; afterwards the event and 我的活动 refresh by themselves.
  const act = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      Taro.showToast({ title: await work(), icon: 'success' })
      markWritten('events.cancel')
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: toApiCallError(err).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }
  const cancellable = companions.filter((c) => c.canCancel)
  const cancel = (withCompanions: boolean) =>
    act(async () => {
      await callApi('events.cancel', { eventId: mine.eventId })
      if (withCompanions) for (const c of cancellable) await callApi('events.cancel', { eventId: mine.eventId, signupId: c.signupId })
      return '已取消'
    })
  const selfCheckin = (code: string) =>
    act(async () => {
      await callApi('events.checkin', { eventId: mine.eventId, code })
      return '签到成功'
    })

  return (
    <View className='my-signup'>
      <View className='my-signup__status'>
        <Tag className={`my-signup-status my-signup-status-${mine.status}`} type={mine.status === 'seated' ? 'success' : 'warning'}>
          {SIGNUP_STATUS_LABELS[mine.status]}
        </Tag>
        {mine.position && <Text className='my-signup-position'>候补第 {mine.position} 位，有人取消会自动递补</Text>}
        {mine.checkedInAt && <Text className='my-signup-checked'>已于 {shortTime(mine.checkedInAt)} 签到</Text>}
      </View>
      <ReminderOptIn mine={mine} />
      {mine.checkinCode && !mine.checkedInAt && (
        <View className='my-signup__qr'>
          <QrCodeImage content={mine.checkinCode} />
          <Text className='my-signup__qr-hint'>到场后出示给工作人员扫码签到</Text>
          <SiteCheckin busy={busy} onCode={selfCheckin} />
        </View>
      )}
      {mine.canCancel &&
        (confirming ? (
          <View className='cancel-confirm'>
            <Text className='cancel-confirm__text'>取消后名额会让给候补的人</Text>
            {cancellable.length > 0 && (
              <Text className='cancel-confirm__text cancel-confirm-companions'>
                你还为 {cancellable.length} 位家人报名了（{cancellable.map((c) => c.companion?.name).join('、')}），只取消你自己的，他们的报名保留。
              </Text>
            )}
            <Button className='nx-big-button confirm-cancel-button' type='danger' block disabled={busy} onClick={() => cancel(false)}>
              {cancellable.length > 0 ? '只取消我自己的' : '确认取消报名'}
            </Button>
            {cancellable.length > 0 && (
              <Button className='nx-big-button confirm-cancel-all-button' type='danger' fill='outline' block disabled={busy} onClick={() => cancel(true)}>
                连同家人一起取消
              </Button>
            )}
            <Button className='nx-big-button' fill='outline' block onClick={() => setConfirming(false)}>
              不取消
            </Button>
          </View>
        ) : (
          <Button className='nx-big-button cancel-signup-button' fill='outline' type='danger' block onClick={openCancel}>
            取消报名
          </Button>
        ))}
    </View>
  )
}
