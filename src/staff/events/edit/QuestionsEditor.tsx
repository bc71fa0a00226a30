import { Text, View } from '@tarojs/components'
import type { FormField } from '@/types/events'
import { FORM_FIELD_TYPE_LABELS } from '@/types/events.vocab'
import { Button, Cell, Switch } from '@/src/shared/ui/nutui'
import { Input, TextArea } from '@/src/shared/ui/nutui.forms'
import { MAX_FORM_FIELDS, isCustomQuestion, newQuestion, optionsFromText, optionsText, withPersonal, withType } from './questions'

const QUESTION_TYPES = ['text', 'choice', 'multiChoice'] as const

type Props = { fields: FormField[]; onChange: (fields: FormField[]) => void }

/** The event's own questions (text, single or multiple choice), beside 姓名 / 手机号 / 店名; at most 8 fields in all. */
export function QuestionsEditor({ fields, onChange }: Props) {
  const edit = (key: string, next: FormField) => onChange(fields.map((f) => (f.key === key ? next : f)))
  const custom = fields.filter(isCustomQuestion)
  const full = fields.length >= MAX_FORM_FIELDS
  return (
    <View className='edit-questions'>
      <View className='nx-section-title'>报名表的自定义问题</View>
      {custom.map((q, index) => (
        <View key={q.key} className={`edit-question edit-question-${index}`}>
          <View className='edit-session__head'>
            <Text className='edit-session__number'>问题 {index + 1}</Text>
            <Button className='remove-question-button' size='large' fill='none' type='danger' onClick={() => onChange(fields.filter((f) => f.key !== q.key))}>
              删除
            </Button>
          </View>
          <Input
            className='edit-question__label'
            value={q.label}
            placeholder='问题，如：围巾颜色'
            maxLength={20}
            onChange={(label: string) => edit(q.key, { ...q, label })}
          />
          <View className='edit-chips'>
            {QUESTION_TYPES.map((t) => (
              <View key={t} className={`edit-chip edit-question-type-${t}${q.type === t ? ' edit-chip--on' : ''}`} onClick={() => edit(q.key, withType(q, t))}>
                {FORM_FIELD_TYPE_LABELS[t]}
              </View>
            ))}
          </View>
          {q.options && (
            <TextArea
              className='edit-question__options'
              value={optionsText(q)}
              placeholder={'每行一个选项，如：\n红色\n灰色'}
              maxLength={300}
              onChange={(text: string) => edit(q.key, { ...q, options: optionsFromText(text) })}
            />
          )}
          <Cell
            title='必填'
            extra={<Switch className='edit-question__required' checked={q.required} onChange={(required: boolean) => edit(q.key, { ...q, required })} />}
          />
          {q.type === 'text' && (
            <Cell
              title='属于个人信息（名单中打码）'
              extra={
                <Switch
                  className='edit-question__personal'
                  checked={q.personal === true}
                  onChange={(personal: boolean) => edit(q.key, withPersonal(q, personal))}
                />
              }
            />
          )}
        </View>
      ))}
      <Button className='nx-big-button add-question-button' fill='outline' block disabled={full} onClick={() => onChange([...fields, newQuestion(fields)])}>
        {full ? `报名表最多 ${MAX_FORM_FIELDS} 项` : '添加一个问题'}
      </Button>
    </View>
  )
}
