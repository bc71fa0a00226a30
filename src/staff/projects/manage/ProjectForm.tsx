import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ProjectView } from '@/types/projects'
import { BENEFICIARIES, BENEFICIARY_LABELS, type Beneficiary } from '@/types/projects.vocab'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { Button } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'

/** Create (no `project`) or edit a project: name, summary, who it helps, quota, period. */
export function ProjectForm({ project, onSaved }: { project?: ProjectView; onSaved: () => void }) {
  const [name, setName] = useState(project?.name ?? '')
  const [summary, setSummary] = useState(project?.summary ?? '')
  const [beneficiary, setBeneficiary] = useState<Beneficiary>(project?.beneficiary ?? 'couriers')
  const [quota, setQuota] = useState(String(project?.quota ?? 5))
  const [startsOn, setStartsOn] = useState(project?.startsOn ?? '')
  const [endsOn, setEndsOn] = useState(project?.endsOn ?? '')
  const { mutate: submit, busy } = useApiMutation('projects.save', () => {
    Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved()
  })
  const fields = { name, summary, beneficiary, quota: Number(quota), startsOn, endsOn }
  return (
    <View className='projects-card project-form'>
      <Text className='projects-form__label'>项目名称</Text>
      <Input value={name} onChange={setName} placeholder='例如：一杯咖啡' />
      <Text className='projects-form__label'>项目介绍</Text>
      <TextArea value={summary} onChange={setSummary} maxLength={300} />
      <Text className='projects-form__label'>受益人群</Text>
      {BENEFICIARIES.map((b) => (
        <Text key={b} className={`projects-choice ${beneficiary === b ? 'projects-choice--on' : ''}`} onClick={() => setBeneficiary(b)}>
          {BENEFICIARY_LABELS[b]}
        </Text>
      ))}
      <Text className='projects-form__label'>需要几家店</Text>
      <Input type='number' value={quota} onChange={setQuota} />
      <Text className='projects-form__label'>开始日期 / 结束日期（YYYY-MM-DD）</Text>
      <Input value={startsOn} onChange={setStartsOn} placeholder='2026-12-01' />
      <Input value={endsOn} onChange={setEndsOn} placeholder='2027-02-28' />
      <Button className='nx-big-button' type='primary' block loading={busy} onClick={() => submit(project ? { id: project.id, fields } : { fields })}>
        保存
      </Button>
    </View>
  )
}
