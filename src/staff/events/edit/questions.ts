// The sign-up form's own questions as the editor keeps them (issue 18): pure, unit-tested.
import type { FormField } from '@/types/events'
import { CHOICE_FIELD_TYPES } from '@/types/events.vocab'

/** The form may hold at most this many fields in all (the API's limit, types/events.ts). */
export const MAX_FORM_FIELDS = 8

/** Fields the editor has switches for (name, phone, 店名); every other field is a custom question. */
const STANDARD_KEYS = ['name', 'phone', 'shopName']
export const isCustomQuestion = (f: FormField) => !STANDARD_KEYS.includes(f.key)

/** A new text question with a key no field uses yet (`q1`, `q2`, …). */
export function newQuestion(fields: readonly FormField[]): FormField {
  let n = 1
  while (fields.some((f) => f.key === `q${n}`)) n++
  return { key: `q${n}`, label: '', type: 'text', required: false }
}

/** A question switched to `type`: choices get two empty options to fill, others lose theirs; only text may be personal. */
export function withType(field: FormField, type: FormField['type']): FormField {
  const { options, personal, ...rest } = field
  const isChoice = CHOICE_FIELD_TYPES.includes(type)
  return {
    ...rest,
    type,
    ...(isChoice ? { options: options && options.length ? options : ['', ''] } : {}),
    ...(type === 'text' && personal ? { personal } : {}),
  }
}

/** The options as typed, one per line (empty lines kept while typing). */
export const optionsText = (field: FormField) => (field.options ?? []).join('\n')
export const optionsFromText = (text: string) => text.split('\n')

/** What is sent: options trimmed, empty lines dropped (the server checks the rest). */
export function cleanField(field: FormField): FormField {
  if (!field.options) return field
  return { ...field, options: field.options.map((o) => o.trim()).filter(Boolean) }
}

/** A text question marked as personal data, or not (the flag is left out, not sent as false). */
export function withPersonal(field: FormField, personal: boolean): FormField {
  const { personal: _was, ...rest } = field
  return personal ? { ...rest, personal: true } : rest
}
