import { Text, View } from '@tarojs/components'
import { blockTime } from '@/src/shared/time'
import type { NeedStepView } from '@/types/needs'
import { NEED_LEVEL_LABELS, NEED_STEP_LABELS } from '@/types/needs.vocab'
import './NeedTimeline.scss'

/** Every step of a need, oldest first: who, when, what, why. */
export function NeedTimeline({ steps }: { steps: NeedStepView[] }) {
  return (
    <View className='need-timeline'>
      {steps.map((step, i) => (
        <View key={i} className={`need-step need-step-${step.step}`}>
          <View className='need-step__dot' />
          <View className='need-step__body'>
            <Text className='need-step__title'>
              {NEED_STEP_LABELS[step.step]}
              {step.toLevel ? ` → ${NEED_LEVEL_LABELS[step.toLevel]}` : ''}
              {step.automatic ? '（超时自动）' : ''}
            </Text>
            <Text className='need-step__meta'>
              {step.actor} · {blockTime(step.at).format('YYYY-MM-DD HH:mm')}
            </Text>
            {step.note && <Text className='need-step__note'>{step.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
