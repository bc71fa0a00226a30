import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { TeamView } from '@/types/teams'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'

/** Admin: a new 志愿队 (no `team`) or that team's name and introduction. */
export function TeamForm({ team, onSaved }: { team?: TeamView; onSaved: (team: TeamView) => void }) {
  const [name, setName] = useState(team?.name ?? '')
  const [description, setDescription] = useState(team?.description ?? '')
  const { mutate: submit, busy } = useApiMutation('teams.save', (saved) => {
    Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved(saved)
  })
  return (
    <View className='teams-card team-form'>
      <Text className='teams-card__title'>{team ? '编辑志愿队' : '新建志愿队'}</Text>
      <Text className='teams-form__label'>队名</Text>
      <Input className='team-form-name' value={name} onChange={setName} placeholder='例如：骑士团' maxLength={20} />
      <Text className='teams-form__label'>介绍</Text>
      <TextArea className='team-form-description' value={description} onChange={setDescription} placeholder='这支队伍做什么、谁可以加入' maxLength={200} />
      <Button
        className='nx-big-button team-save'
        type='primary'
        block
        disabled={!name.trim()}
        loading={busy}
        onClick={() => submit({ ...(team ? { teamId: team.id } : {}), name: name.trim(), description: description.trim() })}
      >
        保存
      </Button>
    </View>
  )
}
