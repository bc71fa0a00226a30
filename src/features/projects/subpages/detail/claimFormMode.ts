import type { ClaimView } from '@/types/projects'

export interface ClaimFormMode {
  /** new: no claim yet; edit: a pending claim's pledge; again: a rejected or withdrawn claim; locked: reviewed or finished. */
  kind: 'new' | 'edit' | 'again' | 'locked'
  title: string
  button: string
  note: string | null
}

/**
 * What the claim form offers for the shop's existing claim on this project — only the moves the server allows
 * (cloudfunctions/api/projects/claim.ts): a pending pledge is edited, a rejected or withdrawn claim is made
 * again, a reviewed (已通过 / 履约中) or finished one changes only through staff.
 */
export function claimFormMode(existing: Pick<ClaimView, 'status'> | null): ClaimFormMode {
  if (!existing) return { kind: 'new', title: '认领这个项目', button: '提交认领', note: null }
  switch (existing.status) {
    case 'pending':
      return { kind: 'edit', title: '这家店已认领，等待审核', button: '修改承诺', note: '审核前可以修改承诺' }
    case 'rejected':
    case 'withdrawn':
      return { kind: 'again', title: '重新认领这个项目', button: '重新提交认领', note: null }
    default:
      return { kind: 'locked', title: '这家店已认领这个项目', button: '', note: '承诺已审核，如需修改请联系网格员' }
  }
}
