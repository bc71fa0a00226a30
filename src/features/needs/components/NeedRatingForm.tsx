import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/src/shared/ui/nutui'
import { Rate, TextArea } from '@/src/shared/ui/nutui.forms'
import { canSendRating, NO_STARS_CHOSEN, PICK_STARS_FIRST } from '../rating'

/** 对这次处理满意吗？ — stars start unchosen; 提交评价 stays disabled until the person picks. */
export function NeedRatingForm({ busy, error, onSend }: { busy: boolean; error?: string; onSend: (stars: number, comment?: string) => void }) {
  const [stars, setStars] = useState(NO_STARS_CHOSEN)
  const [comment, setComment] = useState('')
  const ready = canSendRating(stars)
  return (
    <View className='need-rate'>
      <Text>对这次处理满意吗？</Text>
      <Rate className='need-rate-stars' value={stars} onChange={setStars} />
      {!ready && <Text className='need-rate-hint'>{PICK_STARS_FIRST}</Text>}
      <TextArea className='need-rate-comment' value={comment} onChange={setComment} placeholder='说说感受（可不填）' maxLength={200} />
      {error && <Text className='need-form-error'>{error}</Text>}
      <Button
        className='nx-big-button need-rate-button'
        type='primary'
        block
        loading={busy}
        disabled={!ready || busy}
        onClick={() => ready && onSend(stars, comment || undefined)}
      >
        提交评价
      </Button>
    </View>
  )
}
