// Shop words the app shows (no zod here).
export const SHOP_TAGS = ['new', 'distinctive', 'difficulty'] as const
export type ShopTag = (typeof SHOP_TAGS)[number]
export const SHOP_TAG_LABELS: Record<ShopTag, string> = { new: '新开', distinctive: '特色', difficulty: '经营困难' }

export const SHOP_CATEGORIES = ['catering', 'retail', 'service', 'education', 'culture', 'health', 'other'] as const
export type ShopCategory = (typeof SHOP_CATEGORIES)[number]
export const SHOP_CATEGORY_LABELS: Record<ShopCategory, string> = {
  catering: '餐饮',
  retail: '零售',
  service: '生活服务',
  education: '教育培训',
  culture: '文化娱乐',
  health: '医疗健康',
  other: '其他',
}

/** A grid (网格) id. Grids are data since issue 16 (collection `grids`, action `org.tree`): names come from there. */
export type Grid = string
