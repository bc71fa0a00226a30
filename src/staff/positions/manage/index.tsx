import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import type { PositionView } from '@/types/positions'
import { BLOCK_CENTRE } from '@/types/stations.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { LocationPicker } from '@/src/shared/location/LocationPicker'
import type { LatLng } from '@/src/shared/location/coordinateText'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { useStaffAction } from '@/src/staff/shared/useStaffAction'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import '@/src/staff/notices/manage/index.scss'
import { confirmAction } from '@/src/shared/ui/confirmAction'

const ALL = { lat: BLOCK_CENTRE.lat, lng: BLOCK_CENTRE.lng, limit: 50 }
const FIELDS = [
  ['name', '名称'],
  ['address', '地址'],
  ['hours', '开放时间，如 每天 09:00–18:00'],
  ['phone', '服务电话'],
  ['featured', '特色活动，用顿号分隔'],
] as const
type Draft = Record<(typeof FIELDS)[number][0], string> & { id?: string; point: LatLng | null }
const EMPTY: Draft = { name: '', address: '', point: null, hours: '', phone: '', featured: '' }
const fromView = (p: PositionView): Draft => ({
  id: p.id,
  name: p.name,
  address: p.address,
  point: { lat: p.lat, lng: p.lng },
  hours: p.hours,
  phone: p.phone ?? '',
  featured: p.featured.join('、'),
})

/** Staff keep the party-mass service positions (党群阵地) the contact card shows. */
function PositionManagePageContent() {
  const list = useApiQuery('positions.nearby', ALL)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  // A new draft (saved, or another position opened) gets a fresh picker, which reads its point once.
  const [pickerKey, setPickerKey] = useState(0)
  const startDraft = (next: Draft) => {
    setDraft(next)
    setPickerKey((k) => k + 1)
  }

  const { message, act } = useStaffAction(['positions.save'])
  const save = () => {
    const { lat, lng } = draft.point ?? { lat: NaN, lng: NaN }
    const featured = draft.featured
      .split(/[、,，]/)
      .map((s) => s.trim())
      .filter(Boolean)
    const input = {
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name,
      address: draft.address,
      lat,
      lng,
      hours: draft.hours,
      featured,
      ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    }
    return act(async (requestId) => {
      if (!draft.point) throw new Error('请选择阵地的位置')
      await callApi('positions.save', { ...input, requestId })
      startDraft(EMPTY)
    }, '已保存')
  }

  return (
    <View className='position-manage'>
      <PrivacyPopup />
      <View className='nx-section-title'>{draft.id ? '修改阵地' : '新增阵地'}</View>
      <View className='notice-form'>
        {FIELDS.map(([key, label]) => (
          <Input key={key} placeholder={label} value={draft[key]} onChange={(v) => setDraft((d) => ({ ...d, [key]: v }))} />
        ))}
        <LocationPicker
          key={pickerKey}
          name='position-location'
          value={draft.point}
          onChange={(place) => setDraft((d) => ({ ...d, point: { lat: place.lat, lng: place.lng }, address: d.address || place.address || '' }))}
        />
        <Button className='nx-big-button' type='primary' block onClick={save}>
          保存
        </Button>
        {message && <Text className='notice-manage-message'>{message}</Text>}
      </View>
      <View className='nx-section-title'>全部阵地</View>
      <QueryView query={list} isEmpty={(data) => data.positions.length === 0} empty={<Empty status='empty' title='还没有阵地' />}>
        {(data) => (
          <CellGroup>
            {data.positions.map((p) => (
              <Cell
                key={p.id}
                title={p.name}
                description={p.address}
                clickable
                onClick={() => startDraft(fromView(p))}
                extra={
                  <Button
                    size='small'
                    onClick={(e) => {
                      e.stopPropagation()
                      void confirmAction({
                        title: '删除这一条？',
                        content: `「${p.name}」将从列表中删除，居民和骑手不再看到它。此操作不能撤回。`,
                        confirmText: '删除',
                      }).then((sure) => (sure ? act(() => callApi('positions.remove', { id: p.id }), '已删除') : undefined))
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

export default function PositionManagePage() {
  return <StaffGate>{() => <PositionManagePageContent />}</StaffGate>
}
