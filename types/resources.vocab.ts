// Resource pack words the app shows (no zod here, so the mini-program bundle stays small).

/** The six categories of the 服务资源包 (DOMAIN.md), plus the 行动工具包's step-by-step guides. */
export const RESOURCE_CATEGORIES = ['party', 'government', 'hiring', 'finance', 'fire', 'culture'] as const
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number]

export const TOOLKIT = 'toolkit' as const
export type ResourceKind = ResourceCategory | typeof TOOLKIT
export const RESOURCE_KINDS = [...RESOURCE_CATEGORIES, TOOLKIT] as const

export const RESOURCE_CATEGORY_LABELS: Record<ResourceKind, { label: string; icon: string; blurb: string }> = {
  party: { label: '党群服务', icon: '🚩', blurb: '党员组织关系、党群活动、阵地预约' },
  government: { label: '政务服务', icon: '🏛', blurb: '营业执照、证照办理、政策咨询' },
  hiring: { label: '人才招聘', icon: '🤝', blurb: '招工用工、技能培训、就业补贴' },
  finance: { label: '融资服务', icon: '💰', blurb: '小微贷款、贴息政策、担保服务' },
  fire: { label: '消防安全', icon: '🧯', blurb: '消防检查、招牌加固、应急演练' },
  culture: { label: '文化赏析', icon: '🎭', blurb: '街区文化、展演场地、行走党课' },
  toolkit: { label: '行动工具包', icon: '🧰', blurb: '商户参与社区行动的步骤' },
}

export const MAX_SEARCH_LENGTH = 30
