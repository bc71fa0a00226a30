import type { ClaimStatus } from '@/types/projects.vocab'
import { CLAIM_STATUS_LABELS } from '@/types/projects.vocab'
import { Tag } from '@/src/shared/ui/nutui'

const TAG_TYPE: Record<ClaimStatus, 'primary' | 'success' | 'warning' | 'default' | 'danger'> = {
  pending: 'warning',
  approved: 'primary',
  active: 'success',
  completed: 'default',
  rejected: 'danger',
  withdrawn: 'default',
}

export function ClaimStatusTag({ status }: { status: ClaimStatus }) {
  return (
    <Tag className={`claim-status claim-status--${status}`} type={TAG_TYPE[status]}>
      {CLAIM_STATUS_LABELS[status]}
    </Tag>
  )
}
