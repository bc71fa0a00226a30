import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ShopView } from '@/types/shops'
import { Button } from '@/src/shared/ui/nutui'
import { TextArea } from '@/src/shared/ui/nutui.forms'
import { useProjectList } from '@/src/features/projects/useProjects'
import { useApiMutation } from '@/src/shared/query/useApiMutation'

/** For a shop not ready to claim: which projects interest it, and a note to the grid worker. */
export function IntentForm({ shop }: { shop: ShopView }) {
  const projects = useProjectList()
  const [picked, setPicked] = useState<string[]>([])
  const [note, setNote] = useState('')
  const { mutate: submit, busy } = useApiMutation('projects.intent', () => Taro.showToast({ title: '已告诉网格员', icon: 'success' }))
  const toggle = (id: string) => setPicked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))
  return (
    <View className='projects-card intent-form'>
      <Text className='projects-card__title'>{shop.name}：还没想好？先登记意向</Text>
      {(projects.data?.projects ?? []).map((p) => (
        <Text key={p.id} className={`projects-choice intent-choice ${picked.includes(p.id) ? 'projects-choice--on' : ''}`} onClick={() => toggle(p.id)}>
          {p.name}
        </Text>
      ))}
      <TextArea value={note} onChange={setNote} maxLength={300} placeholder='想了解什么、有什么顾虑，都可以写' />
      <Button
        className='nx-big-button intent-submit'
        block
        loading={busy}
        disabled={picked.length === 0 && !note.trim()}
        onClick={() => submit({ shopId: shop.id, projectIds: picked, note: note.trim() || undefined })}
      >
        提交意向
      </Button>
    </View>
  )
}
