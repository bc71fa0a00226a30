import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { blockTime } from '@/src/shared/time'
import { NEED_CATEGORY_LABELS, NEED_LEVEL_LABELS, NEED_STATUS_LABELS } from '@/types/needs.vocab'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { NeedTimeline } from '@/src/features/needs/components/NeedTimeline'
import { useNeed } from '@/src/features/needs/useNeeds'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { StaffPicker } from '@/src/staff/users/StaffPicker'
import '@/src/staff/shared/staff.scss'

function HandleNeed({ id }: { id: string }) {
  const { data: need, error, reload } = useNeed(id)
  const [text, setText] = useState('')
  const [assignee, setAssignee] = useState('')
  const actions = {
    accept: useApiMutation('needs.accept', undefined, { toast: false }),
    reply: useApiMutation('needs.reply', undefined, { toast: false }),
    escalate: useApiMutation('needs.escalate', undefined, { toast: false }),
    resolve: useApiMutation('needs.resolve', undefined, { toast: false }),
    assign: useApiMutation('needs.assign', undefined, { toast: false }),
  }
  const failed = Object.values(actions).find((a) => a.error)?.error
  const busy = Object.values(actions).some((a) => a.busy)

  if (error?.code === 'NOT_FOUND') return <Empty status='empty' title='没有找到这条诉求' />
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!need) return <LoadingRows rows={2} />

  const done = async (result: unknown) => {
    if (result) setText('')
  }
  const open = need.status !== 'resolved' && need.canHandle !== false
  return (
    <View className='staff-page staff-need'>
      <View className='staff-card'>
        <Text className='staff-line need-level'>
          {NEED_LEVEL_LABELS[need.level]} · <Text className='need-status'>{NEED_STATUS_LABELS[need.status]}</Text>
        </Text>
        <Text className='staff-card__title'>
          {NEED_CATEGORY_LABELS[need.category]}
          {need.shopName ? ` · ${need.shopName}` : ''}
          {need.stationName ? ` · ${need.stationName}` : ''}
        </Text>
        <Text className='staff-line'>{need.description}</Text>
        {need.place && <Text className='staff-line'>地点：{need.place}</Text>}
        {need.deadline && <Text className='staff-line'>本级时限：{blockTime(need.deadline).format('MM-DD HH:mm')} 前</Text>}
        {need.photos.map((p) => (
          <Image key={p} src={p} mode='aspectFill' style={{ width: '140px', height: '140px' }} />
        ))}
      </View>
      {need.status !== 'resolved' && need.canHandle === false && (
        <View className='staff-card'>
          <Text className='staff-line need-street-only'>这条诉求已到{NEED_LEVEL_LABELS[need.level]}，由街道管理员处理；你可以在下方时间线查看进展。</Text>
        </View>
      )}
      {open && (
        <View className='staff-card'>
          {need.status === 'submitted' && (
            <Button className='nx-big-button need-accept' type='primary' block loading={busy} onClick={() => actions.accept.mutate({ needId: id }).then(done)}>
              受理
            </Button>
          )}
          <TextArea className='need-action-text' value={text} onChange={setText} placeholder='答复、升级原因或办结说明' maxLength={500} />
          <Button className='nx-big-button need-reply' block disabled={!text} onClick={() => actions.reply.mutate({ needId: id, message: text }).then(done)}>
            答复
          </Button>
          {need.level < 3 && (
            <Button
              className='nx-big-button need-escalate'
              type='warning'
              block
              disabled={!text}
              onClick={() => actions.escalate.mutate({ needId: id, reason: text }).then(done)}
            >
              升级到{NEED_LEVEL_LABELS[(need.level + 1) as 2 | 3]}
            </Button>
          )}
          <Button
            className='nx-big-button need-resolve'
            type='success'
            block
            disabled={!text}
            onClick={() => actions.resolve.mutate({ needId: id, message: text }).then(done)}
          >
            办结
          </Button>
          <StaffPicker value={assignee} onChange={setAssignee} />
          <Button
            className='nx-big-button need-assign'
            block
            disabled={!assignee}
            onClick={() => actions.assign.mutate({ needId: id, assigneeOpenid: assignee, note: text || undefined }).then(done)}
          >
            转交
          </Button>
          {failed && <Text className='staff-error'>{failed.message}</Text>}
        </View>
      )}
      <View className='nx-section-title'>处理记录</View>
      <NeedTimeline steps={need.history} />
    </View>
  )
}

export default function StaffNeedPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : ''
  return <StaffGate>{() => (id ? <HandleNeed id={id} /> : <Empty status='empty' title='没有找到这条诉求' />)}</StaffGate>
}
