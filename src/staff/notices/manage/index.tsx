import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { blockTime } from '@/src/shared/time'
import type { NoticeKind } from '@/types/notices.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { ShelterManager } from './ShelterManager'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import './index.scss'
import { markWritten, useWriteSteps } from '@/src/shared/query/useApiMutation'

const NO_INPUT = {} as Record<string, never>
const HOUR = 60 * 60 * 1000

/** Staff publish notices; an emergency shows a banner on every tab page and opens the shelters until it ends. */
function NoticeManagePageContent() {
  const notices = useApiQuery('notices.list', NO_INPUT)
  const [kind, setKind] = useState<NoticeKind>('emergency')
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [hours, setHours] = useState('48')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const { run: once } = useWriteSteps()

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    setMessage(null)
    try {
      await work()
      setMessage(done)
      markWritten('notices.save')
    } catch (err) {
      setMessage(toApiCallError(err).message)
    } finally {
      setBusy(false)
    }
  }
  // A double tap publishes once and shows one outcome: the second tap is ignored while the first is in flight.
  const publish = () =>
    once(
      (requestId) =>
        run(async () => {
          const expiresAt = new Date(Date.now() + Math.max(1, Number(hours) || 48) * HOUR).toISOString()
          await callApi('notices.save', { kind, title, body, expiresAt, requestId })
          setTitle('')
          setBody('')
        }, '已发布'),
      [],
    )

  return (
    <View className='notice-manage'>
      <PrivacyPopup />
      <View className='nx-section-title'>发布公告</View>
      <View className='notice-form'>
        <View className='notice-kind'>
          {(['emergency', 'notice'] as const).map((k) => (
            <Tag key={k} className={`notice-kind-${k}`} type={kind === k ? 'danger' : 'default'} onClick={() => setKind(k)}>
              {k === 'emergency' ? '应急预警（横幅 + 避难点）' : '普通公告'}
            </Tag>
          ))}
        </View>
        <Input className='notice-title-input' placeholder='标题，如：台风“普拉桑”黄色预警' value={title} onChange={setTitle} maxLength={40} />
        <TextArea className='notice-body-input' placeholder='内容：需要商户和骑手做什么' value={body} onChange={setBody} maxLength={2000} />
        <Input className='notice-hours-input' type='number' placeholder='显示多少小时' value={hours} onChange={setHours} />
        <Button className='nx-big-button notice-publish' type='primary' block loading={busy} onClick={publish}>
          发布
        </Button>
        {message && <Text className='notice-manage-message'>{message}</Text>}
      </View>

      <View className='nx-section-title'>已发布</View>
      <QueryView query={notices} isEmpty={(data) => data.notices.length === 0} empty={<Empty status='empty' title='还没有公告' />}>
        {(data) => (
          <CellGroup>
            {data.notices.map((n) => (
              <Cell
                key={n.id}
                className='staff-notice'
                title={n.title}
                description={`${n.kind === 'emergency' ? '应急' : '公告'} · ${n.active ? '至' : '已于'} ${blockTime(n.expiresAt).format('M月D日 HH:mm')}${n.active ? '' : '结束'}`}
                extra={
                  n.active ? (
                    <Button size='small' className='notice-end' onClick={() => run(() => callApi('notices.end', { id: n.id }), '已结束')}>
                      结束
                    </Button>
                  ) : undefined
                }
              />
            ))}
          </CellGroup>
        )}
      </QueryView>

      <ShelterManager />
    </View>
  )
}

export default function NoticeManagePage() {
  return <StaffGate>{() => <NoticeManagePageContent />}</StaffGate>
}
