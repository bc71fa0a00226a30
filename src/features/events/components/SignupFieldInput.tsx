import { Text, View } from '@tarojs/components'
import type { FormField } from '@/types/events'
import { Input } from '@/src/shared/ui/nutui.forms'

export type FormAnswer = string | string[]

type Props = { field: FormField; value: FormAnswer | undefined; onChange: (value: FormAnswer) => void }

/** One field of an event's sign-up form: typed text, or big tappable options (one, or several for 多选). */
export function SignupFieldInput({ field, value, onChange }: Props) {
  const label = (
    <Text className='signup-field__label'>
      {field.label}
      {field.type === 'multiChoice' ? '（可多选）' : ''}
      {field.required ? ' *' : ''}
    </Text>
  )
  if (field.type === 'choice' || field.type === 'multiChoice') {
    const picked = Array.isArray(value) ? value : value ? [value] : []
    const tap = (option: string) => {
      if (field.type === 'choice') return onChange(option)
      onChange(picked.includes(option) ? picked.filter((p) => p !== option) : [...picked, option])
    }
    return (
      <View className={`signup-field signup-field-${field.key}`}>
        {label}
        <View className='signup-options'>
          {(field.options ?? []).map((option, i) => (
            <View key={option} className={`signup-option signup-option-${i}${picked.includes(option) ? ' signup-option--on' : ''}`} onClick={() => tap(option)}>
              {picked.includes(option) ? `✓ ${option}` : option}
            </View>
          ))}
        </View>
      </View>
    )
  }
  return (
    <View className={`signup-field signup-field-${field.key}`}>
      {label}
      <Input
        className='signup-field__input'
        type={field.type === 'phone' ? 'tel' : 'text'}
        placeholder={`请填写${field.label}`}
        value={typeof value === 'string' ? value : ''}
        onChange={(text: string) => onChange(text)}
      />
    </View>
  )
}
