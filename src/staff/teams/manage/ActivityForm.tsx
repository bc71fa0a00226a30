import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ActivityView } from '@/types/teams'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { draftOf, instant, type ActivityDraft } from './draft'

/** Create (no `activity`) or edit one of the team's activities. */
export function ActivityForm({ teamId, activity, onSaved }: { teamId: string; activity?: ActivityView; onSaved: () => void }) {
  const [draft, setDraft] = useState<ActivityDraft>(() => draftOf(activity))
  const { mutate: submit, busy } = useApiMutation('teams.saveActivity', () => {
    Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved()
  })
  const field = (key: keyof ActivityDraft, label: string, placeholder: string) => (
    <View className={`activity-form-${key}`}>
      <Text className='teams-form__label'>{label}</Text>
      <Input value={draft[key]} onChange={(v: string) => setDraft({ ...draft, [key]: v })} placeholder={placeholder} />
    </View>
  )
  const save = () =>
    submit({
      ...(activity ? { activityId: activity.id } : {}),
      teamId,
      title: draft.title.trim(),
      place: draft.place.trim(),
      startsAt: instant(draft.startsAt),
      endsAt: instant(draft.endsAt),
    })
  return (
    <View className='teams-card activity-form'>
      <Text className='teams-card__title'>{activity ? '编辑活动' : '新建活动'}</Text>
      {field('title', '活动名称', '例如：防台前商铺招牌巡查')}
      {field('place', '地点', '例如：新华路沿街商铺')}
      {field('startsAt', '开始（年-月-日 时:分）', '2026-12-05 09:00')}
      {field('endsAt', '结束（年-月-日 时:分）', '2026-12-05 12:00')}
      <Text className='teams-card__line'>队员可在开始前 1 小时至结束时签到。</Text>
      <Button className='nx-big-button activity-save' type='primary' block loading={busy} onClick={save}>
        保存
      </Button>
    </View>
  )
}
