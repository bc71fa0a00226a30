import { Text, View } from '@tarojs/components'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { nextSession, type EventDraft, type SessionDraft } from './draft'

type Props = { draft: EventDraft; onChange: (sessions: SessionDraft[]) => void }

const FIELDS: Array<{ key: keyof SessionDraft; label: string; placeholder: string }> = [
  { key: 'title', label: '课程内容', placeholder: '如：短视频剪辑入门' },
  { key: 'date', label: '日期', placeholder: '2026-05-07' },
  { key: 'start', label: '开始', placeholder: '19:00' },
  { key: 'end', label: '结束', placeholder: '20:30' },
]

/** 新域夜校: the course's sessions, each a day and its times typed in Shanghai time, all inside the event's time. */
export function SessionsEditor({ draft, onChange }: Props) {
  const { sessions } = draft
  const edit = (index: number, patch: Partial<SessionDraft>) => onChange(sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)))
  return (
    <View className='edit-sessions'>
      <View className='nx-section-title'>课程安排（一次报名，全程参加）</View>
      {sessions.length === 0 && <Text className='edit-sessions__empty'>还没有课程，请添加第一节课</Text>}
      {sessions.map((session, index) => (
        <View key={index} className={`edit-session edit-session-${index}`}>
          <View className='edit-session__head'>
            <Text className='edit-session__number'>第 {index + 1} 节</Text>
            <Button className='remove-session-button' size='large' fill='none' type='danger' onClick={() => onChange(sessions.filter((_, i) => i !== index))}>
              删除
            </Button>
          </View>
          {FIELDS.map((field) => (
            <View key={field.key} className={`edit-session__row edit-session-${field.key}`}>
              <Text className='edit-session__label'>{field.label}</Text>
              <Input
                className='edit-session__input'
                value={session[field.key]}
                placeholder={field.placeholder}
                onChange={(v: string) => edit(index, { [field.key]: v })}
              />
            </View>
          ))}
        </View>
      ))}
      <Button className='nx-big-button add-session-button' fill='outline' block onClick={() => onChange([...sessions, nextSession(draft)])}>
        添加一节课
      </Button>
      <Text className='edit-sessions__hint'>时间为上海时间；每节课都要在活动的开始和结束之间</Text>
    </View>
  )
}
