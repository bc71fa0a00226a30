// h5 (the local debug build; the mini-program takes PlacePick.tsx): no map picker in the browser, coordinates typed.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Input } from '../ui/nutui.forms'
import { readLatLng } from './coordinateText'
import type { LocationPickerProps } from './LocationPicker'

/** h5: latitude and longitude typed (GCJ-02), checked as they are typed (coordinateText.ts). */
export function PlacePick({ value, onChange, name = 'location-picker' }: LocationPickerProps) {
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
