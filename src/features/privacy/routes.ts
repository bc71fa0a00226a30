export const PRIVACY_GUIDE_PAGE = '/features/privacy/subpages/guide/index'
export const MY_DATA_PAGE = '/features/privacy/subpages/mydata/index'
