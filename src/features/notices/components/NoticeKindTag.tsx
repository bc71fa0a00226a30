import { NOTICE_KIND_LABELS, type NoticeKind } from '@/types/notices.vocab'
import { Tag } from '@/src/shared/ui/nutui'

export function NoticeKindTag({ kind, active }: { kind: NoticeKind; active: boolean }) {
  if (!active) return <Tag className='notice-tag notice-tag--expired'>已结束</Tag>
  return (
    <Tag className={`notice-tag notice-tag--${kind}`} type={kind === 'emergency' ? 'danger' : 'primary'}>
      {NOTICE_KIND_LABELS[kind]}
    </Tag>
  )
}
