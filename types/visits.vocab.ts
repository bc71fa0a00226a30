// Visit (走访) words: the 服务三问 asked on every visit (no zod here).
export const PARTY_MEMBERSHIP_PLACES = ['none', 'here', 'elsewhere', 'unknown'] as const
export type PartyMembershipPlace = (typeof PARTY_MEMBERSHIP_PLACES)[number]
export const PARTY_MEMBERSHIP_LABELS: Record<PartyMembershipPlace, string> = {
  none: '没有党员',
  here: '有，组织关系在本街道',
  elsewhere: '有，组织关系在外地',
  unknown: '不清楚',
}

export const SERVICE_QUESTIONS = {
  party: '店里有没有党员？组织关系在哪里？',
  childcare: '员工有没有孩子？寒暑假怎么照看？',
  difficulties: '经营上有没有困难？',
} as const
