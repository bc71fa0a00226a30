import { Text, View } from '@tarojs/components'
import { Progress } from '@/src/shared/ui/nutui'

/** A horizontal bar chart from NutUI's Progress: one labelled bar per row, scaled to the largest. */
export function BarList({ name, rows, unit = '' }: { name: string; rows: Array<{ key: string; label: string; value: number; max?: number }>; unit?: string }) {
  const top = Math.max(1, ...rows.map((r) => r.max ?? r.value))
  return (
    <View className={`staff-card bar-list ${name}`}>
      {rows.map((r) => (
        <View key={r.key} className={`bar-row ${name}-${r.key}`}>
          <View className='bar-row__label'>
            <Text>{r.label}</Text>
            <Text className='bar-row__value'>{`${r.value}${unit}`}</Text>
          </View>
          <Progress percent={Math.round((r.value / (r.max ?? top)) * 100)} showText={false} color='#c8161d' />
        </View>
      ))}
    </View>
  )
}
