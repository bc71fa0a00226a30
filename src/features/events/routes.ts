export const EVENTS_TAB = '/features/events/pages/list/index'
export const MY_EVENTS_PAGE = '/features/events/subpages/mine/index'
export const STAFF_EVENTS_PAGE = '/staff/events/manage/index'

export const eventDetailUrl = (id: string, invite?: string) =>
  `/features/events/subpages/detail/index?id=${encodeURIComponent(id)}${invite ? `&invite=${encodeURIComponent(invite)}` : ''}`
export const staffEditUrl = (id?: string) => `/staff/events/edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`
export const staffRosterUrl = (id: string) => `/staff/events/roster/index?id=${encodeURIComponent(id)}`
