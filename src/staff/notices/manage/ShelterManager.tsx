import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { BLOCK_CENTRE, MAX_LIMIT, MAX_RADIUS_KM, STATION_KIND_LABELS } from '@/types/stations.vocab'
import { callApi } from '@/src/shared/api/callApi'
import { LocationPicker } from '@/src/shared/location/LocationPicker'
import type { LatLng } from '@/src/shared/location/coordinateText'
import { useApiQuery } from '@/src/shared/query/useApiQuery'
import { Button, Cell, CellGroup, Empty, Tag } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { QueryView } from '@/src/shared/ui/QueryStates'
import { useStaffAction } from '@/src/staff/shared/useStaffAction'
import { confirmAction } from '@/src/shared/ui/confirmAction'

const ALL_SHELTERS = {
  lat: BLOCK_CENTRE.lat,
  lng: BLOCK_CENTRE.lng,
  radiusKm: MAX_RADIUS_KM,
  limit: MAX_LIMIT,
  kinds: ['shelter' as const, 'storage' as const],
}

/** Temporary shelters and courier storage points: on the station map during emergencies. */
export function ShelterManager() {
  const shelters = useApiQuery('stations.nearby', ALL_SHELTERS)
  const [kind, setKind] = useState<'shelter' | 'storage'>('shelter')
  const [name, setName] = useState('')
  const [address, setAddress] = useState('')
  const [point, setPoint] = useState<LatLng | null>(null)
  const [pickerKey, setPickerKey] = useState(0)

  const { message, act } = useStaffAction(['notices.saveShelter'])
  const add = () =>
    act(async (requestId) => {
      if (!point) throw new Error('请选择位置')
      await callApi('notices.saveShelter', { kind, name, address, lat: point.lat, lng: point.lng, requestId })
      setPoint(null)
      setPickerKey((k) => k + 1)
    }, '已添加')

  return (
    <View className='shelter-manager'>
      <View className='nx-section-title'>临时避难点与临时存放点</View>
      <QueryView query={shelters} loadingRows={1} isEmpty={(data) => data.stations.length === 0} empty={<Empty status='empty' title='还没有登记' />}>
        {(data) => (
          <CellGroup>
            {data.stations.map((s) => (
              <Cell
                key={s.id}
                className='staff-shelter'
                title={s.name}
                description={`${STATION_KIND_LABELS[s.kind]} · ${s.address}`}
                extra={
                  <Button
                    size='small'
                    onClick={() =>
                      void confirmAction({
                        title: '删除这个避难点？',
                        content: `「${s.name}」将不再出现在避难点地图和台风预警里。此操作不能撤回。`,
                        confirmText: '删除',
                      }).then((sure) => (sure ? act(() => callApi('notices.removeShelter', { id: s.id }), '已删除') : undefined))
                    }
                  >
                    删除
                  </Button>
                }
              />
            ))}
          </CellGroup>
        )}
      </QueryView>
      <View className='notice-form'>
        <View className='notice-kind'>
          {(['shelter', 'storage'] as const).map((k) => (
            <Tag key={k} type={kind === k ? 'primary' : 'default'} onClick={() => setKind(k)}>
              {STATION_KIND_LABELS[k]}
            </Tag>
          ))}
        </View>
        <Input placeholder='名称' value={name} onChange={setName} />
        <Input placeholder='地址' value={address} onChange={setAddress} />
        <LocationPicker
          key={pickerKey}
          name='shelter-location'
          value={point}
          onChange={(place) => {
            setPoint({ lat: place.lat, lng: place.lng })
            if (!address && place.address) setAddress(place.address)
          }}
        />
        <Button className='nx-big-button' type='primary' block onClick={add}>
          添加
        </Button>
        {message && <Text className='notice-manage-message'>{message}</Text>}
      </View>
    </View>
  )
}
