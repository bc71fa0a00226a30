import type { NoticeView } from '@/types/notices'
import type { ShareContent } from '@/src/shared/share/shareTargets'

export const NOTICE_DETAIL_PAGE = 'features/notices/subpages/detail/index'

/** The shared card of a notice: emergencies say so first, so a chat sees the warning before it opens it. */
export const noticeShare = (notice: Pick<NoticeView, 'id' | 'title' | 'kind'>): ShareContent => ({
  title: `${notice.kind === 'emergency' ? '【应急预警】' : '【街区公告】'}${notice.title}`,
  page: NOTICE_DETAIL_PAGE,
  query: { id: notice.id },
})
