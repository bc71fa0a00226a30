export const MY_BADGE_PAGE = '/features/badges/subpages/mine/index'
export const VERIFY_BADGE_PAGE = '/features/badges/subpages/verify/index'
