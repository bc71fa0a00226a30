import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ResourceView, SaveResourceInput } from '@/types/resources'
import { RESOURCE_CATEGORY_LABELS, RESOURCE_KINDS, type ResourceKind } from '@/types/resources.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { useStaffAction } from '@/src/staff/shared/useStaffAction'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/staff/notices/manage/index.scss'
import { confirmAction } from '@/src/shared/ui/confirmAction'

const NO_INPUT = {} as Record<string, never>
const TEXT_FIELDS = [
  ['title', '标题'],
  ['contactName', '联系单位'],
  ['phone', '服务电话（单位电话）'],
  ['address', '地址'],
  ['hours', '办理时间'],
  ['link', '链接（https://…）'],
] as const
type Draft = Record<(typeof TEXT_FIELDS)[number][0] | 'summary' | 'steps', string> & { id?: string; category: ResourceKind }
const EMPTY: Draft = { category: 'party', title: '', summary: '', contactName: '', phone: '', address: '', hours: '', link: '', steps: '' }

const fromView = (r: ResourceView): Draft => ({
  id: r.id,
  category: r.category,
  title: r.title,
  summary: r.summary,
  contactName: r.contactName ?? '',
  phone: r.phone ?? '',
  address: r.address ?? '',
  hours: r.hours ?? '',
  link: r.link ?? '',
  steps: r.steps.join('\n'),
})

function toInput(d: Draft): SaveResourceInput {
  const optional = (v: string) => (v.trim() ? v.trim() : undefined)
  const steps = d.steps
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
  return {
    ...(d.id ? { id: d.id } : {}),
    category: d.category,
    title: d.title,
    summary: d.summary,
    contactName: optional(d.contactName),
    phone: optional(d.phone),
    address: optional(d.address),
    hours: optional(d.hours),
    link: optional(d.link),
    ...(steps.length ? { steps } : {}),
  }
}

/** Staff edit the resource pack and the action toolkit; an edit shows as "updated on" to everyone. */
function ResourceManagePageContent() {
  const list = useApiQuery('resources.list', NO_INPUT)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }))

  const { message, act } = useStaffAction(['resources.save'])

  return (
    <View className='resource-manage'>
      <View className='nx-section-title'>{draft.id ? '修改条目' : '新增条目'}</View>
      <View className='notice-form'>
        <View className='notice-kind'>
          {RESOURCE_KINDS.map((k) => (
            <Tag key={k} type={draft.category === k ? 'primary' : 'default'} onClick={() => setDraft((d) => ({ ...d, category: k }))}>
              {RESOURCE_CATEGORY_LABELS[k].label}
            </Tag>
          ))}
        </View>
        {TEXT_FIELDS.map(([key, label]) => (
          <Input key={key} className={`resource-input-${key}`} placeholder={label} value={draft[key]} onChange={set(key)} />
        ))}
        <TextArea placeholder='能帮什么' value={draft.summary} onChange={set('summary')} maxLength={300} />
        {draft.category === 'toolkit' && <TextArea placeholder='步骤，每行一步' value={draft.steps} onChange={set('steps')} />}
        <Button
          className='nx-big-button'
          type='primary'
          block
          onClick={() =>
            act(async (requestId) => {
              await callApi('resources.save', { ...toInput(draft), requestId })
              setDraft(EMPTY)
            }, '已保存')
          }
        >
          保存
        </Button>
        {draft.id && (
          <Button className='nx-big-button' block onClick={() => setDraft(EMPTY)}>
            取消修改
          </Button>
        )}
        {message && <Text className='notice-manage-message'>{message}</Text>}
      </View>

      <View className='nx-section-title'>全部条目</View>
      <QueryView query={list} isEmpty={(data) => data.items.length === 0} empty={<Empty status='empty' title='还没有条目' />}>
        {(data) => (
          <CellGroup>
            {data.items.map((r) => (
              <Cell
                key={r.id}
                title={r.title}
                description={RESOURCE_CATEGORY_LABELS[r.category].label}
                clickable
                onClick={() => setDraft(fromView(r))}
                extra={
                  <Button
                    size='small'
                    onClick={(e) => {
                      e.stopPropagation()
                      void confirmAction({
                        title: '删除这一条？',
                        content: `「${r.title}」将从列表中删除，居民和骑手不再看到它。此操作不能撤回。`,
                        confirmText: '删除',
                      }).then((sure) => (sure ? act(() => callApi('resources.remove', { id: r.id }), '已删除') : undefined))
                    }}
                  >
                    删除
                  </Button>
                }
              />
            ))}
          </CellGroup>
        )}
      </QueryView>
    </View>
  )
}

export default function ResourceManagePage() {
  return <StaffGate>{() => <ResourceManagePageContent />}</StaffGate>
}
