import { View } from '@tarojs/components'

/** Big chips where several can be on at once (the single-choice kind is `Chips` in staff/needs). */
export function ToggleChips<T extends string>(props: {
  name: string
  options: readonly T[]
  labels: Record<T, string>
  value: readonly T[]
  onChange: (v: T[]) => void
}) {
  const { name, options, labels, value, onChange } = props
  const toggle = (o: T) => onChange(value.includes(o) ? value.filter((v) => v !== o) : [...value, o])
  return (
    <View className='staff-chips'>
      {options.map((o) => (
        <View key={o} className={`staff-chip ${name}-${o}${value.includes(o) ? ' staff-chip--selected' : ''}`} onClick={() => toggle(o)}>
          {value.includes(o) ? '✓ ' : ''}
          {labels[o]}
        </View>
      ))}
    </View>
  )
}
