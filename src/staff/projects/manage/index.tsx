import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useProjectList } from '@/src/features/projects/useProjects'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { ProjectForm } from './ProjectForm'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/features/projects/projects.scss'

/** Staff: create a project, or open one to edit its quota, period and beneficiaries. */
function ProjectManagePageContent() {
  const { data, error, reload } = useProjectList()
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const saved = () => {
    setEditing(null)
    reload()
  }
  if (error) return <ErrorState message={error.message} onRetry={reload} />
  if (!data) return <LoadingRows />
  return (
    <View className='projects-page project-manage'>
      {editing === 'new' ? (
        <ProjectForm onSaved={saved} />
      ) : (
        <Button className='nx-big-button' type='primary' block onClick={() => setEditing('new')}>
          新建项目
        </Button>
      )}
      {data.projects.length === 0 && <Empty title='还没有项目' />}
      {data.projects.map((p) =>
        editing === p.id ? (
          <ProjectForm key={p.id} project={p} onSaved={saved} />
        ) : (
          <View key={p.id} className='projects-card' onClick={() => setEditing(p.id)}>
            <Text className='projects-card__title'>{p.name}</Text>
            <Text className='projects-card__line'>
              名额 {p.quota} · 已通过 {p.approvedCount} · {p.startsOn} 至 {p.endsOn}（点击编辑）
            </Text>
          </View>
        ),
      )}
    </View>
  )
}

export default function ProjectManagePage() {
  return <StaffGate>{() => <ProjectManagePageContent />}</StaffGate>
}
