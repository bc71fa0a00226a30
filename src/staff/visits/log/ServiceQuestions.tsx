import { Text, View } from '@tarojs/components'
import { NEED_CATEGORY_LABELS } from '@/types/needs.vocab'
import { PARTY_MEMBERSHIP_LABELS, PARTY_MEMBERSHIP_PLACES, SERVICE_QUESTIONS } from '@/types/visits.vocab'
import { Switch } from '@/src/shared/ui/nutui'
import { Input } from '@/src/shared/ui/nutui.forms'
import { Chips } from '@/src/staff/shared/Chips'
import { ToggleChips } from '@/src/staff/shared/ToggleChips'
import {
  CHILDCARE_ANSWERS,
  CHILDCARE_ANSWER_LABELS,
  CHILDCARE_WAYS,
  CHILDCARE_WAY_LABELS,
  DIFFICULTY_ANSWERS,
  DIFFICULTY_ANSWER_LABELS,
  DIFFICULTY_KINDS,
  PARTY_COUNTS,
  PARTY_COUNT_LABELS,
  type VisitFormState,
} from './visitAnswers'

type Props = { form: VisitFormState; set: (patch: Partial<VisitFormState>) => void }

/** 服务三问, each answered with a tap or two; typing is only ever optional. */
export function ServiceQuestions({ form, set }: Props) {
  const withMembers = form.party === 'here' || form.party === 'elsewhere'
  return (
    <View className='service-questions'>
      <View className='nx-section-title'>一问：{SERVICE_QUESTIONS.party}</View>
      <Chips
        name='visit-party'
        options={PARTY_MEMBERSHIP_PLACES}
        labels={PARTY_MEMBERSHIP_LABELS}
        value={form.party}
        onChange={(party) => set({ party, partyCount: null })}
        all={false}
      />
      {withMembers && (
        <Chips
          name='visit-party-count'
          options={PARTY_COUNTS}
          labels={PARTY_COUNT_LABELS}
          value={form.partyCount as (typeof PARTY_COUNTS)[number] | null}
          onChange={(partyCount) => set({ partyCount })}
          all={false}
        />
      )}

      <View className='nx-section-title'>二问：{SERVICE_QUESTIONS.childcare}</View>
      <Chips
        name='visit-childcare'
        options={CHILDCARE_ANSWERS}
        labels={CHILDCARE_ANSWER_LABELS}
        value={form.childcare}
        onChange={(childcare) => set({ childcare, childcareWay: null })}
        all={false}
      />
      {form.childcare === 'needed' && (
        <Chips
          name='visit-childcare-way'
          options={CHILDCARE_WAYS}
          labels={CHILDCARE_WAY_LABELS}
          value={form.childcareWay}
          onChange={(childcareWay) => set({ childcareWay })}
          all={false}
        />
      )}

      <View className='nx-section-title'>三问：{SERVICE_QUESTIONS.difficulties}</View>
      <Chips
        name='visit-difficulty'
        options={DIFFICULTY_ANSWERS}
        labels={DIFFICULTY_ANSWER_LABELS}
        value={form.difficulty}
        onChange={(difficulty) => set({ difficulty, ...(difficulty === 'none' ? { difficultyKinds: [], difficultyDetail: '', raiseNeed: false } : {}) })}
        all={false}
      />
      {form.difficulty === 'some' && (
        <>
          <Text className='staff-line'>哪方面的困难？（可多选）</Text>
          <ToggleChips
            name='visit-difficulty-kind'
            options={DIFFICULTY_KINDS}
            labels={NEED_CATEGORY_LABELS}
            value={form.difficultyKinds}
            onChange={(difficultyKinds) => set({ difficultyKinds })}
          />
          <Input
            className='visit-difficulty-detail'
            value={form.difficultyDetail}
            onChange={(difficultyDetail) => set({ difficultyDetail })}
            placeholder='补充一句（可不填）'
            maxLength={200}
          />
          <View className='staff-card visit-raise-need' onClick={() => set({ raiseNeed: !form.raiseNeed })}>
            <Text>转为诉求{form.difficultyKinds.length ? `（${NEED_CATEGORY_LABELS[form.difficultyKinds[0]]}，店铺已填好）` : ''} </Text>
            <Switch checked={form.raiseNeed} style={{ pointerEvents: 'none' }} />
          </View>
        </>
      )}
    </View>
  )
}
