import { View } from '@tarojs/components'

/** Big tappable filter chips; `value === null` is "全部". */
export function Chips<T extends string | number>(props: {
  name: string
  options: readonly T[]
  labels: Record<T, string>
  value: T | null
  onChange: (v: T | null) => void
  all?: boolean
}) {
  const { name, options, labels, value, onChange, all = true } = props
  return (
    <View className='staff-chips'>
      {all && (
        <View className={`staff-chip ${name}-all${value === null ? ' staff-chip--selected' : ''}`} onClick={() => onChange(null)}>
          全部
        </View>
      )}
      {options.map((o) => (
        <View key={String(o)} className={`staff-chip ${name}-${o}${value === o ? ' staff-chip--selected' : ''}`} onClick={() => onChange(o)}>
          {labels[o]}
        </View>
      ))}
    </View>
  )
}
