export const NOTICE_LIST_PAGE = '/features/notices/subpages/list/index'
export const noticeDetailUrl = (id: string) => `/features/notices/subpages/detail/index?id=${encodeURIComponent(id)}`
