// NutUI's Input and TextArea with `maxLength` counted in characters as a person sees them (types/text.ts), not in
// UTF-16 units: NutUI cuts with `value.substring(0, maxLength)` and the native `maxlength` counts units too, so
// "𠀀" took two of the limit and a cut could leave half a character (issue 13). The native limit is lifted and the
// value is cut here, on every change, with the same helper the functions use to check it.
import { Text } from '@tarojs/components'
import NutInput from '@nutui/nutui-react-taro/dist/es/packages/input'
import NutTextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea'
import type { ComponentProps } from 'react'
import { charCount, cutText } from '@/types/text'

type Limited<P> = Omit<P, 'onChange'> & { maxLength?: number; onChange?: (value: string) => void }

const cut = (value: string, maxLength: number | undefined) => (maxLength && maxLength > 0 ? cutText(value, maxLength) : value)

/** NutUI TextArea; `maxLength` in characters; `showCount` shows "n/max" counted the same way. */
export function TextArea({ maxLength, onChange, showCount, value, ...rest }: Limited<ComponentProps<typeof NutTextArea>>) {
  return (
    <>
      <NutTextArea {...rest} value={value} maxLength={-1} onChange={(next: string) => onChange?.(cut(next, maxLength))} />
      {showCount && maxLength ? <Text className='nx-text-count'>{`${charCount(String(value ?? ''))}/${maxLength}`}</Text> : null}
    </>
  )
}

/** NutUI Input; `maxLength` in characters. */
export function Input({ maxLength, onChange, ...rest }: Limited<ComponentProps<typeof NutInput>>) {
  return <NutInput {...rest} maxLength={9999} onChange={(next: string) => onChange?.(cut(next, maxLength))} />
}
