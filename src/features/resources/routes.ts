import type { ResourceKind } from '@/types/resources.vocab'

export const RESOURCE_PACK_PAGE = '/features/resources/subpages/index/index'
export const FAVOURITES_PAGE = '/features/resources/subpages/favourites/index'
export const categoryUrl = (category: ResourceKind) => `/features/resources/subpages/category/index?category=${category}`
export const resourceDetailUrl = (id: string) => `/features/resources/subpages/detail/index?id=${encodeURIComponent(id)}`
