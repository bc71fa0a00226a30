import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { RosterRow } from '@/types/events'
import { EVENT_STATUS_LABELS, SIGNUP_STATUS_LABELS } from '@/types/events.vocab'
import { QrCodeImage } from '@/src/shared/ui/QrCodeImage'
import { staffEditUrl } from '@/src/features/events/routes'
import { useRoster } from '@/src/features/events/useEvents'
import { callApi } from '@/src/shared/api/callApi'
import { markWritten } from '@/src/shared/query/useApiMutation'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { Button, Cell, Empty, Tag } from '@/src/shared/ui/nutui'
import { PagedList } from '@/src/shared/ui/PagedList'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { exportRosterCsv } from './actions'
import { AttendeeCheckin } from './AttendeeCheckin'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import './index.scss'
import { confirmAction } from '@/src/shared/ui/confirmAction'
import { staffCheckinOpen } from '@/src/features/events/checkinWindow'

function StaffRosterPageContent() {
  const { params } = useRouter()
  const eventId = params.id ? decodeURIComponent(params.id) : undefined
  const roster = useRoster(eventId)
  const [venueCode, setVenueCode] = useState<{ code: string; invite: string } | null>(null)

  const run = async (work: () => Promise<string>) => {
    try {
      Taro.showToast({ title: await work(), icon: 'success' })
      markWritten('events.checkin')
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: toApiCallError(err).message, showCancel: false })
    }
  }
  if (!eventId) return <Empty status='empty' title='没有指定活动' />
  const checkin = (data: { code?: string; signupId?: string }) => run(async () => `已签到 ${(await callApi('events.checkin', { eventId, ...data })).who}`)
  const showFull = (row: RosterRow) =>
    run(async () => {
      const full = await callApi('events.signupDetail', { signupId: row.signupId })
      const lines = full.formFields.map((f) => `${f.label}：${full.answers[f.key] ?? '—'}`)
      // A companion's row (为家人报名): their name first.
      if (full.answers.companionName) lines.unshift(`家人/同行人：${full.answers.companionName}`)
      const text = lines.join('\n')
      await Taro.showModal({ title: '完整信息（已记录查看）', content: text || '没有填写报名表', showCancel: false })
      return '已查看'
    })
  const setStatus = (status: 'published' | 'cancelled') =>
    run(async () => ((await callApi('events.setStatus', { id: eventId, status })).status === 'published' ? '已发布' : '已取消'))

  const cancelEvent = async () => {
    const c = roster.data?.counts
    const people = c ? c.seated + c.waitlisted : 0
    const sure = await confirmAction({
      title: '取消这个活动？',
      content: `已报名和候补的 ${people} 人的报名都会取消、签到码失效；订阅了通知的人会收到“活动取消”消息。此操作不能撤回。`,
      confirmText: '取消活动',
    })
    if (sure) setStatus('cancelled')
  }
  const manualCheckin = async (signupId: string) => {
    const sure = await confirmAction({ title: '手动签到？', content: '将为这位报名者记为已签到（会记录是你操作的），签到后不能撤回。', confirmText: '签到' })
    if (sure) checkin({ signupId })
  }

  if (roster.error) return <ErrorState message={roster.error.message} onRetry={roster.reload} />
  if (!roster.data) return <LoadingRows />
  const { event, rows, counts, formFields } = roster.data
  // 手动签到 only while the server takes it (a tap outside the window would only be refused).
  const checkinOpen = event.status === 'published' && staffCheckinOpen(event, new Date())

  return (
    <View className='staff-roster'>
      <PrivacyPopup />
      <View className='roster-head'>
        <Text className='roster-title'>{event.title}</Text>
        <Text className='roster-counts'>
          {EVENT_STATUS_LABELS[event.status]} · 已报名 {counts.seated}/{event.capacity} · 候补 {counts.waitlisted} · 已签到 {counts.checkedIn}
        </Text>
      </View>
      <View className='roster-actions'>
        <AttendeeCheckin onCode={(code) => checkin({ code })} />
        <Button className='nx-big-button export-csv-button' fill='outline' block onClick={() => run(async () => (await exportRosterCsv(eventId), '已导出'))}>
          导出名单（CSV，手机号已隐藏）
        </Button>
        <Button className='nx-big-button' fill='outline' block onClick={() => callApi('events.eventCode', { eventId }).then(setVenueCode, () => undefined)}>
          现场签到码
        </Button>
        {venueCode && (
          <View className='venue-code'>
            <QrCodeImage content={venueCode.code} />
            <Text className='venue-code__hint'>放在现场，报名者用“我的活动”扫码签到</Text>
          </View>
        )}
        <Button className='nx-big-button' fill='outline' block onClick={() => Taro.navigateTo({ url: staffEditUrl(eventId) })}>
          编辑活动
        </Button>
        {event.status === 'draft' && (
          <Button className='nx-big-button publish-button' type='primary' block onClick={() => setStatus('published')}>
            发布
          </Button>
        )}
        {event.status !== 'cancelled' && (
          <Button className='nx-big-button cancel-event-button' type='danger' fill='outline' block onClick={() => void cancelEvent()}>
            取消活动
          </Button>
        )}
      </View>

      <View className='nx-section-title'>名单</View>
      {rows.length === 0 ? (
        <Empty status='empty' title='还没有人报名' />
      ) : (
        <PagedList
          className='roster-list'
          items={rows}
          renderItem={(row) => (
            <Cell
              key={row.signupId}
              className={`roster-row roster-row-${row.status}`}
              title={
                [row.companion ? `家人/同行人 ${row.companion.name}` : '', ...formFields.map((f) => row.answers[f.key])].filter(Boolean).join(' · ') ||
                '（未填写报名表）'
              }
              description={`${SIGNUP_STATUS_LABELS[row.status]}${row.position ? ` 第 ${row.position} 位` : ''}${row.checkedInAt ? ' · 已签到' : ''}`}
              extra={
                <View className='roster-row__actions'>
                  {checkinOpen && row.status === 'seated' && !row.checkedInAt && (
                    <Tag className='manual-checkin' type='primary' onClick={() => void manualCheckin(row.signupId)}>
                      手动签到
                    </Tag>
                  )}
                  {(formFields.length > 0 || row.companion) && (
                    <Tag className='show-full' plain onClick={() => showFull(row)}>
                      完整信息
                    </Tag>
                  )}
                </View>
              }
            />
          )}
        />
      )}
    </View>
  )
}

export default function StaffRosterPage() {
  return <StaffGate>{() => <StaffRosterPageContent />}</StaffGate>
}
