import type { ProjectView } from '@/types/projects'
import type { ShareContent } from '@/src/shared/share/shareTargets'

export const PROJECT_DETAIL_PAGE = 'features/projects/subpages/detail/index'

/** The shared card of a public-service project: an invitation to shops to join it. */
export const projectShare = (project: Pick<ProjectView, 'id' | 'name'>): ShareContent => ({
  title: `公益项目「${project.name}」邀请好店家参与`,
  page: PROJECT_DETAIL_PAGE,
  query: { id: project.id },
})
