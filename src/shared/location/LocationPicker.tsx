import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../ui/nutui'
import { Input } from '../ui/nutui.forms'
import { readLatLng, type LatLng } from './coordinateText'

/** What the map pick gives: the point (GCJ-02) and, on weapp, the place's name and address. */
export interface PickedPlace extends LatLng {
  name?: string
  address?: string
}

export interface LocationPickerProps {
  /** The current point (GCJ-02), or null when none is set yet. */
  value: LatLng | null
  onChange: (place: PickedPlace) => void
  /** Class prefix for tests and styles; default 'location-picker'. */
  name?: string
}

/**
 * Where a place is. weapp: picked on WeChat's map (`chooseLocation`, declared in requiredPrivateInfos and the
 * privacy guide; the page renders <PrivacyPopup />). h5 has no map picker: latitude and longitude typed, with a note
 * saying where to find them (GCJ-02, what 高德 and 腾讯 maps show).
 */
export function LocationPicker({ value, onChange, name = 'location-picker' }: LocationPickerProps) {
  const where = value ? `${value.lat.toFixed(6)}, ${value.lng.toFixed(6)}` : null
  if (process.env.TARO_ENV === 'weapp') return <MapPick value={value} onChange={onChange} name={name} where={where} />
  return <TypedPick value={value} onChange={onChange} name={name} />
}

function MapPick({ value, onChange, name, where }: LocationPickerProps & { where: string | null }) {
  const pick = async () => {
    try {
      const chosen = await Taro.chooseLocation(value ? { latitude: value.lat, longitude: value.lng } : {})
      if (chosen?.latitude) onChange({ lat: chosen.latitude, lng: chosen.longitude, name: chosen.name || undefined, address: chosen.address || undefined })
    } catch (err) {
      // Closing the map is no error; anything else (no permission) is said plainly.
      if (!/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? ''))) Taro.showToast({ title: '无法打开地图，请稍后再试', icon: 'none' })
    }
  }
  return (
    <View className={`staff-card ${name}`}>
      <Text className='staff-line'>{where ? `位置：${where}` : '还没有选位置'}</Text>
      <Button className={`nx-big-button ${name}-pick`} block onClick={pick}>
        {where ? '在地图上重新选点' : '在地图上选点'}
      </Button>
    </View>
  )
}

function TypedPick({ value, onChange, name }: LocationPickerProps) {
  const [latText, setLatText] = useState(value ? String(value.lat) : '')
  const [lngText, setLngText] = useState(value ? String(value.lng) : '')
  const [problem, setProblem] = useState<string | null>(null)
  const update = (nextLat: string, nextLng: string) => {
    const read = readLatLng(nextLat, nextLng)
    if (read.ok) {
      setLatText(String(read.point.lat))
      setLngText(String(read.point.lng))
      setProblem(null)
      onChange(read.point)
    } else {
      setLatText(nextLat)
      setLngText(nextLng)
      setProblem(nextLat || nextLng ? read.reason : null)
    }
  }
  return (
    <View className={`staff-card ${name}`}>
      <Text className={`staff-line ${name}-note`}>
        网页版不能在地图上选点：请在高德地图或腾讯地图上找到这个地点，把它的坐标（GCJ-02）填在下面；也可以之后在微信小程序里用地图选点。
      </Text>
      <Input className={`${name}-lat`} value={latText} onChange={(v: string) => update(v, lngText)} placeholder='纬度，如 31.2049' />
      <Input className={`${name}-lng`} value={lngText} onChange={(v: string) => update(latText, v)} placeholder='经度，如 121.4251' />
      {problem && <Text className={`staff-error ${name}-error`}>{problem}</Text>}
    </View>
  )
}
