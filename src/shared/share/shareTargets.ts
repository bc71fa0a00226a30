// What a shared card carries. Pure (no Taro), so the rules are tested without WeChat.

/** A page as it is shared: the card's title, the page's path (no leading slash needed) and its query. */
export interface ShareContent {
  title: string
  /** e.g. 'features/events/subpages/detail/index' */
  page: string
  query: Record<string, string>
}

const queryString = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')

/**
 * The two shapes WeChat asks for: onShareAppMessage wants `{ title, path }` (path with its query, opened as a
 * new page by whoever taps the card, also on a cold start), onShareTimeline wants `{ title, query }` (朋友圈 opens
 * the sharing page itself with that query).
 */
export function shareTargets(content: ShareContent): { appMessage: { title: string; path: string }; timeline: { title: string; query: string } } {
  const query = queryString(content.query)
  const path = `/${content.page.replace(/^\//, '')}${query ? `?${query}` : ''}`
  return { appMessage: { title: content.title, path }, timeline: { title: content.title, query } }
}

/** The card when the page has nothing loaded yet (or nothing shareable): the app's name and its first tab. */
export const FALLBACK_SHARE: ShareContent = { title: '暖新街区', page: 'features/stations/pages/list/index', query: {} }
