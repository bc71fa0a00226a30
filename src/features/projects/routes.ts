const ROOT = '/features/projects/subpages'
export const PROJECT_CATALOGUE_PAGE = `${ROOT}/catalogue/index`
export const PROJECT_WALL_PAGE = `${ROOT}/wall/index`
export const MY_CLAIMS_PAGE = `${ROOT}/mine/index`
export const PROJECT_REVIEW_PAGE = '/staff/projects/review/index'
export const PROJECT_MANAGE_PAGE = '/staff/projects/manage/index'
export const projectDetailUrl = (id: string) => `${ROOT}/detail/index?id=${encodeURIComponent(id)}`
export const claimUrl = (claimId: string) => `${ROOT}/claim/index?id=${encodeURIComponent(claimId)}`
