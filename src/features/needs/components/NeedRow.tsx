import { Cell, Tag } from '@/src/shared/ui/nutui'
import type { NeedSummary } from '@/types/needs'
import { NEED_CATEGORY_LABELS, NEED_LEVEL_LABELS, NEED_STATUS_LABELS } from '@/types/needs.vocab'

/** One need in a list: what, where, which whistle, how far along. */
export function NeedRow({ need, onClick }: { need: NeedSummary; onClick: () => void }) {
  const where = need.shopName ?? need.stationName
  return (
    <Cell
      className={`need-row need-row-${need.status}`}
      title={`${NEED_CATEGORY_LABELS[need.category]}${where ? ` · ${where}` : ''}`}
      description={need.description}
      extra={
        <>
          <Tag type={need.level === 1 ? 'default' : 'warning'}>{NEED_LEVEL_LABELS[need.level]}</Tag>{' '}
          <Tag className='need-row-status' type={need.status === 'resolved' ? 'success' : 'primary'}>
            {NEED_STATUS_LABELS[need.status]}
          </Tag>
        </>
      }
      clickable
      onClick={onClick}
    />
  )
}
