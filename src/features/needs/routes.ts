export const NEED_SUBMIT_PAGE = '/features/needs/subpages/submit/index'
export const MY_NEEDS_PAGE = '/features/needs/subpages/mine/index'

export function needFormUrl(prefill: { stationId?: string; shopId?: string } = {}): string {
  const query = Object.entries(prefill)
    .filter(([, v]) => !!v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&')
  return query ? `${NEED_SUBMIT_PAGE}?${query}` : NEED_SUBMIT_PAGE
}

export const needDetailUrl = (id: string) => `/features/needs/subpages/detail/index?id=${encodeURIComponent(id)}`
export const staffNeedUrl = (id: string) => `/staff/needs/detail/index?id=${encodeURIComponent(id)}`
