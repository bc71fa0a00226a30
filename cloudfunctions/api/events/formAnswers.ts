// A sign-up form's answers checked against the event's own questions (issue 18): required, a choice among the
// question's options, lengths in characters (types/text.ts). Pure: no database.
import type { FormField } from '@/types/events'
import { MULTI_CHOICE_SEPARATOR } from '@/types/events.vocab'
import { maskName, maskPhone } from '../core/privacy'
import { charCount, hasControlChars, normaliseMobile } from '@/types/text'

/** What the app sends per field: text, or the options picked for a multiple-choice question. */
export type FormInput = Record<string, string | string[]>

const NAME_MAX_CHARS = 20

/** One field's answer → its stored text, or a problem; '' when left empty. */
function answerOf(field: FormField, given: string | string[] | undefined): { value: string } | { problem: string } {
  if (field.type === 'multiChoice') {
    const picked = (Array.isArray(given) ? given : given ? [given] : []).map((s) => s.trim()).filter(Boolean)
    const unknown = picked.filter((p) => !field.options?.includes(p))
    if (unknown.length) return { problem: `${field.label}：没有“${unknown[0]}”这个选项` }
    // Stored in the question's order, each once, so the roster and the CSV read the same whatever the tap order.
    return { value: (field.options ?? []).filter((o) => picked.includes(o)).join(MULTI_CHOICE_SEPARATOR) }
  }
  if (Array.isArray(given)) return { problem: `${field.label}：只能填一个答案` }
  const value = (given ?? '').trim()
  if (!value) return { value }
  if (hasControlChars(value)) return { problem: `${field.label}：含有不可见的控制字符` }
  if (field.type === 'choice') return field.options?.includes(value) ? { value } : { problem: `${field.label}：没有“${value}”这个选项` }
  if (field.type === 'phone') {
    const mobile = normaliseMobile(value)
    return mobile ? { value: mobile } : { problem: `${field.label}：应为 11 位手机号` }
  }
  if (field.type === 'name' && charCount(value) > NAME_MAX_CHARS) return { problem: `${field.label}：最多 ${NAME_MAX_CHARS} 个字` }
  return { value }
}

/** Keeps only the event's own fields, trimmed; answers the problem for INVALID_INPUT when one is wrong. */
export function validateForm(fields: readonly FormField[], form: FormInput | undefined): { answers: Record<string, string> } | { problem: string } {
  const given = form ?? {}
  const unknown = Object.keys(given).filter((key) => !fields.some((f) => f.key === key))
  if (unknown.length) return { problem: `报名表没有这一项：${unknown.join('、')}` }
  const answers: Record<string, string> = {}
  for (const field of fields) {
    const answer = answerOf(field, given[field.key])
    if ('problem' in answer) return answer
    if (!answer.value) {
      if (field.required) return { problem: field.type === 'choice' || field.type === 'multiChoice' ? `请选择${field.label}` : `请填写${field.label}` }
      continue
    }
    answers[field.key] = answer.value
  }
  return { answers }
}

/** Whether a field's answers are personal data (masked in lists and the CSV). */
export const isPersonalField = (field: FormField) => field.type === 'name' || field.type === 'phone' || (field.type === 'text' && field.personal === true)

/** Names, phones and personal text masked, for lists and the CSV export; choices as given. */
export function maskAnswers(fields: readonly FormField[], answers: Record<string, string>): Record<string, string> {
  const masked: Record<string, string> = {}
  for (const field of fields) {
    const value = answers[field.key]
    if (!value) continue
    masked[field.key] = (field.type === 'phone' ? maskPhone(value) : isPersonalField(field) ? maskName(value) : value) ?? ''
  }
  return masked
}
