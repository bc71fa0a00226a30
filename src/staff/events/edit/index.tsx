import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { EVENT_AUDIENCES, EVENT_AUDIENCE_LABELS, EVENT_KINDS, EVENT_KIND_LABELS, WALKING_ROUTES, WALKING_ROUTE_LABELS } from '@/types/events.vocab'
import { useEvent } from '@/src/features/events/useEvents'
import { callApi } from '@/src/shared/api/callApi'
import { toApiCallError } from '@/src/shared/api/ApiCallError'
import { Button, Cell, Switch } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { draftOf, fieldsOf, newDraft, type EventDraft } from './draft'
import { PlacePicker } from './PlacePicker'
import { SessionsEditor } from './SessionsEditor'
import { QuestionsEditor } from './QuestionsEditor'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { navigateBackOr } from '@/src/shared/nav/navigateBackOr'
import { STAFF_EVENTS_PAGE, staffRosterUrl } from '@/src/features/events/routes'
import './index.scss'
import { useWriteSteps } from '@/src/shared/query/useApiMutation'

const SHOP_FIELD = { key: 'shopName', label: '店名', type: 'text', required: true } as const
/** Who sees the event in the 活动 list (issue 16): the event's block, or every block of its street. */
const REACHES = ['block', 'street'] as const
const REACH_LABELS = { block: '本街区', street: '面向全街道' }

function Chips<T extends string>({
  options,
  labels,
  value,
  onPick,
}: {
  options: readonly T[]
  labels: Record<T, string>
  value: T | undefined
  onPick: (v: T) => void
}) {
  return (
    <View className='edit-chips'>
      {options.map((o) => (
        <View key={o} className={`edit-chip edit-chip-${o}${value === o ? ' edit-chip--on' : ''}`} onClick={() => onPick(o)}>
          {labels[o]}
        </View>
      ))}
    </View>
  )
}

function StaffEventEditPageContent() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : undefined
  const existing = useEvent(id)
  const [draft, setDraft] = useState<EventDraft | null>(id ? null : newDraft())
  const [problem, setProblem] = useState<string | null>(null)
  const [reach, setReach] = useState<(typeof REACHES)[number] | null>(null)
  const [busy, setBusy] = useState(false)
  const { run: once } = useWriteSteps()
  useEffect(() => {
    if (existing.data && !draft) setDraft(draftOf(existing.data))
  }, [existing.data, draft])

  if (existing.error) return <ErrorState message={existing.error.message} onRetry={existing.reload} />
  if (!draft) return <LoadingRows />
  const set = (patch: Partial<EventDraft>) => setDraft({ ...draft, ...patch })
  const text = (key: 'title' | 'organiser' | 'startAt' | 'endAt' | 'signupDeadline' | 'capacity', label: string) => (
    <Cell className={`edit-${key}`} title={label} extra={<Input className='edit-input' value={draft[key]} onChange={(v: string) => set({ [key]: v })} />} />
  )
  const hasShopField = draft.formFields.some((f) => f.key === SHOP_FIELD.key)
  const openToStreet = (reach ?? (existing.data?.openToStreet ? 'street' : 'block')) === 'street'

  const save = (publish: boolean) => once((requestId) => saveOnce(publish, requestId), ['events.update'])
  const saveOnce = async (publish: boolean, requestId: string) => {
    setBusy(true)
    setProblem(null)
    try {
      if (id) await callApi('events.update', { id, ...fieldsOf(draft), openToStreet })
      else await callApi('events.create', { ...fieldsOf(draft), openToStreet, publish, requestId })
      Taro.showToast({ title: '已保存', icon: 'success' })
      void navigateBackOr(id ? staffRosterUrl(id) : STAFF_EVENTS_PAGE)
    } catch (err) {
      setProblem(toApiCallError(err).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='staff-event-edit'>
      <PrivacyPopup />
      <View className='nx-section-title'>类别</View>
      <Chips options={EVENT_KINDS} labels={EVENT_KIND_LABELS} value={draft.kind} onPick={(kind) => set({ kind })} />
      {draft.kind === 'walkingLesson' && (
        <Chips options={WALKING_ROUTES} labels={WALKING_ROUTE_LABELS} value={draft.route} onPick={(route) => set({ route })} />
      )}
      {text('title', '名称')}
      {text('organiser', '组织方')}
      <PlacePicker place={draft.place} onChange={(place) => set({ place })} />
      {text('startAt', '开始（年-月-日 时:分）')}
      {text('endAt', '结束')}
      {text('signupDeadline', '报名截止')}
      {text('capacity', '名额')}
      {draft.kind === 'nightSchool' && <SessionsEditor draft={draft} onChange={(sessions) => set({ sessions })} />}
      <Cell title='满员后可候补' extra={<Switch checked={draft.waitlistEnabled} onChange={(v: boolean) => set({ waitlistEnabled: v })} />} />
      <Cell
        title='仅限扫码报名（不在列表显示）'
        extra={<Switch checked={draft.visibility === 'qr'} onChange={(v: boolean) => set({ visibility: v ? 'qr' : 'public' })} />}
      />
      <Cell
        title='报名表加“店名”'
        extra={
          <Switch
            checked={hasShopField}
            onChange={(v: boolean) => set({ formFields: v ? [...draft.formFields, SHOP_FIELD] : draft.formFields.filter((f) => f.key !== SHOP_FIELD.key) })}
          />
        }
      />
      <QuestionsEditor fields={draft.formFields} onChange={(formFields) => set({ formFields })} />
      <View className='nx-section-title'>面向</View>
      <Chips options={EVENT_AUDIENCES} labels={EVENT_AUDIENCE_LABELS} value={draft.audience} onPick={(audience) => set({ audience })} />
      <View className='nx-section-title'>范围</View>
      <Chips options={REACHES} labels={REACH_LABELS} value={openToStreet ? 'street' : 'block'} onPick={setReach} />
      <View className='nx-section-title'>介绍</View>
      <TextArea className='edit-description' value={draft.description} maxLength={1000} onChange={(v: string) => set({ description: v })} />
      {problem && <Text className='edit-problem'>{problem}</Text>}
      <Button className='nx-big-button save-publish-button' type='primary' block loading={busy} disabled={busy} onClick={() => save(true)}>
        {id ? '保存修改' : '保存并发布'}
      </Button>
      {!id && (
        <Button className='nx-big-button' fill='outline' block disabled={busy} onClick={() => save(false)}>
          存为草稿
        </Button>
      )}
    </View>
  )
}

export default function StaffEventEditPage() {
  return <StaffGate>{() => <StaffEventEditPageContent />}</StaffGate>
}
