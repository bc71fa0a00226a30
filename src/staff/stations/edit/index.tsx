import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { StationView } from '@/types/stations'
import { AMENITIES, AMENITY_LABELS, type Amenity } from '@/types/stations.vocab'
import { cutText } from '@/types/text'
import { PrivacyPopup } from '@/src/features/privacy/components/PrivacyPopup'
import { useApiMutation } from '@/src/shared/query/useApiMutation'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { LocationPicker } from '@/src/shared/location/LocationPicker'
import { Button, Empty } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { ErrorState, LoadingRows } from '@/src/shared/ui/QueryStates'
import { StaffGate } from '@/src/staff/shared/StaffGate'
import { ToggleChips } from '@/src/staff/shared/ToggleChips'
import { newStationForm, stationFormFrom, stationFormProblem, toSaveInput, type StationFormState } from '../stationForm'
import { HoursEditor } from './HoursEditor'
import { StationPhotos } from './StationPhotos'
import { StationStatusPanel } from './StationStatusPanel'
import { navigateBackOr } from '@/src/shared/nav/navigateBackOr'
import { STATION_LIST_URL } from '../routes'
import '@/src/staff/shared/staff.scss'
import './index.scss'

const AMENITY_TEXT = Object.fromEntries(AMENITIES.map((a) => [a, AMENITY_LABELS[a].label])) as Record<Amenity, string>

function StationForm({ station }: { station?: StationView }) {
  const [form, setForm] = useState<StationFormState>(station ? stationFormFrom(station) : newStationForm())
  const set = (patch: Partial<StationFormState>) => setForm((f) => ({ ...f, ...patch }))
  const problem = stationFormProblem(form)
  const save = useApiMutation('stations.save', () => {
    Taro.showToast({ title: '已保存', icon: 'success' })
    void navigateBackOr(STATION_LIST_URL)
  })
  return (
    <View className='staff-page station-edit-page'>
      <View className='nx-section-title'>名称</View>
      <Input className='station-edit-name' value={form.name} onChange={(name: string) => set({ name })} placeholder='如：新华路红色驿站' maxLength={40} />
      <View className='nx-section-title'>地址</View>
      <Input
        className='station-edit-address'
        value={form.address}
        onChange={(address: string) => set({ address })}
        placeholder='如：长宁区新华路 211 号'
        maxLength={120}
      />
      <Input
        className='station-edit-district'
        value={form.district}
        onChange={(district: string) => set({ district })}
        placeholder='所属区（可不填），如 长宁区'
        maxLength={20}
      />
      <View className='nx-section-title'>位置</View>
      <LocationPicker
        name='station-location'
        value={form.point}
        onChange={(place) =>
          set({ point: { lat: place.lat, lng: place.lng }, ...(!form.address.trim() && place.address ? { address: cutText(place.address, 120) } : {}) })
        }
      />
      <View className='nx-section-title'>开放时间</View>
      <HoursEditor value={form.hours} onChange={(hours) => set({ hours })} />
      <View className='nx-section-title'>设施</View>
      <ToggleChips name='station-amenity' options={AMENITIES} labels={AMENITY_TEXT} value={form.amenities} onChange={(amenities) => set({ amenities })} />
      <View className='nx-section-title'>电话</View>
      <Input
        className='station-edit-phone'
        type='tel'
        value={form.phone}
        onChange={(phone: string) => set({ phone })}
        placeholder='服务电话（可不填）'
        maxLength={30}
      />
      <View className='nx-section-title'>说明</View>
      <TextArea
        className='station-edit-description'
        value={form.description}
        onChange={(description: string) => set({ description })}
        maxLength={500}
        placeholder='骑手需要知道的：在几楼、怎么进门、有什么特别的'
      />
      <View className='nx-section-title'>照片</View>
      <StationPhotos value={form.photos} onChange={(photos) => set({ photos })} />
      <Button
        className='nx-big-button station-edit-save'
        type='primary'
        block
        disabled={!!problem}
        loading={save.busy}
        onClick={() => save.mutate(toSaveInput(form, station?.id))}
      >
        {problem ?? '保存'}
      </Button>
      {save.error && <Text className='staff-error station-edit-error'>{save.error.message}</Text>}
      {station && <StationStatusPanel station={station} />}
    </View>
  )
}

function EditExisting({ id }: { id: string }) {
  const station = useApiQuery('stations.get', { id })
  if (station.error?.code === 'NOT_FOUND') return <Empty status='empty' title='没有找到这个驿站' />
  if (station.error) return <ErrorState message={station.error.message} onRetry={station.reload} />
  if (!station.data) return <LoadingRows rows={4} />
  return <StationForm station={station.data} />
}

/** Create or edit one red rest station; an existing one can also be suspended, reopened or archived. */
export default function StationEditPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : ''
  useEffect(() => {
    if (!id) Taro.setNavigationBarTitle({ title: '新增驿站' })
  }, [id])
  return (
    <>
      <PrivacyPopup />
      <StaffGate>{() => (id ? <EditExisting id={id} /> : <StationForm />)}</StaffGate>
    </>
  )
}
